import Testing
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

/// Parses `text` as the file `path`; fails the test on an error.
func parseYAML(_ text: String, path: String = "t.yml") throws -> YAMLNode? {
    try YAMLParser.parse(SourceFile(path: path, text: text))
}

/// The error parsing `text` throws, or `nil` when it parses.
func yamlError(_ text: String, path: String = "t.yml") -> YAMLError? {
    yamlError(SourceFile(path: path, text: text))
}

func yamlError(_ file: SourceFile, limits: YAMLTreeBuilder.Limits = .init()) -> YAMLError? {
    do {
        _ = try YAMLParser.parse(file, limits: limits)
        return nil
    } catch {
        return error
    }
}

/// Runs `body` and returns the ``YAMLError`` it throws, or `nil`; any other error fails the test.
func caught<T>(_ body: () throws -> T) -> YAMLError? {
    do {
        _ = try body()
        return nil
    } catch let error as YAMLError {
        return error
    } catch {
        Issue.record(error, "expected a YAMLError")
        return nil
    }
}

extension YAMLNode {
    /// The scalar value, or a marker that makes a failing comparison readable.
    var text: String { scalar?.value ?? "<\(foundDescription)>" }

    /// `line:column` of the node's start, as in messages.
    var at: String { "\(range.start)" }
}
