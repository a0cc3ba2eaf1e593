import Foundation
import FormCheckReporting

/// What `formcheck mcp`'s tools do, free of MCP's types: lint a page given as text, fix
/// it, explain a rule, list a field's values. The configuration is the nearest
/// `.formcheck.yml` above the page's folder (its `path`, relative to the server's working
/// directory), else above the working directory; no network is ever used.
public struct PageTools: Sendable {
    /// Where relative paths and a page without a path are placed (the server's working directory).
    public var directory: String

    public init(directory: String = FileManager.default.currentDirectoryPath) {
        self.directory = directory
    }

    /// A tool's failure, told to the assistant as the tool's error text.
    public struct Failure: Error, Sendable {
        public var message: String
    }

    /// The page's path as linted (for overrides and messages), and where its configuration is found.
    func place(_ path: String?) -> (path: String, directory: String) {
        guard let path, !path.isEmpty else { return ("<page>", directory) }
        let absolute = path.hasPrefix("/") ? path : (directory as NSString).appendingPathComponent(path)
        return (path, (absolute as NSString).deletingLastPathComponent)
    }

    /// The session for a page at `path`: its project's configuration and packs.
    func session(for path: String?) throws(Failure) -> LintSession {
        do {
            return try LintSession(SessionSetup(directory: place(path).directory))
        } catch {
            throw Failure(message: "the configuration or a pack has errors:\n" + error.rendered())
        }
    }

    /// `lint_page`: the findings as `formcheck lint --format json` writes them (links
    /// checked offline).
    public func lintPage(text: String, path: String?) throws(Failure) -> String {
        let session = try session(for: path)
        let page = place(path).path
        let diagnostics = session.lintPageCheckingLinksOffline(SourceFile(path: page, text: text))
        var result = LintResult(files: [LintResult.FileResult(path: page, diagnostics: diagnostics)])
        result.linksChecked = session.linkMode(nil) != .skip
        return JSONReporter().report(result)
    }

    /// `fix_page`: the text with its safe fixes applied, a unified diff from the given
    /// text, and the rules whose fixes were applied.
    public func fixPage(text: String, path: String?) throws(Failure) -> FixedPage {
        let session = try session(for: path)
        let page = place(path).path
        let outcome = session.fixPage(SourceFile(path: page, text: text))
        return FixedPage(
            text: String(decoding: outcome.fixed, as: UTF8.self),
            diff: outcome.changed ? UnifiedDiff.make(old: outcome.original, new: outcome.fixed, path: page) : "",
            applied: outcome.applied.map(\.ruleID), remaining: outcome.remaining.count)
    }

    /// What `fix_page` gives.
    public struct FixedPage: Encodable, Sendable {
        public var text: String
        /// Empty when nothing changed.
        public var diff: String
        /// The rule id of each applied fix, in order.
        public var applied: [String]
        /// Findings left after fixing (run `lint_page` on `text` for them).
        public var remaining: Int
    }

    /// `explain_rule`: what `formcheck rules explain ID` prints.
    public func explainRule(_ id: String, path: String?) throws(Failure) -> String {
        let session = try session(for: path)
        let ruleSet = session.ruleSet(for: place(path).path)
        guard let rule = ruleSet.rule(id) else {
            let hint = closestMatch(to: id, in: ruleSet.rules.map(\.id)).map { "; did you mean '\($0)'?" } ?? ""
            throw Failure(message: "no rule '\(id)' in pack '\(ruleSet.name)'\(hint)")
        }
        return RuleExplanation(rule: rule, ruleSet: ruleSet).text
    }

    /// `allowed_values`: a field's vocabulary, each value with the aliases the linter
    /// rewrites to it.
    public func allowedValues(field: String, path: String?) throws(Failure) -> AllowedValues {
        let session = try session(for: path)
        let ruleSet = session.ruleSet(for: place(path).path)
        guard let allowed = ruleSet.allowedValues(forField: field) else {
            let fields = ruleSet.constrainedFields
            throw Failure(message: "no rule constrains the field '\(field)' to a vocabulary; fields with one: \(fields.joined(separator: ", "))")
        }
        return AllowedValues(
            field: field, taxonomy: allowed.name,
            values: allowed.values.map { AllowedValues.Value(value: $0.canonical, aliases: $0.aliases) })
    }

    /// What `allowed_values` gives.
    public struct AllowedValues: Encodable, Sendable {
        public struct Value: Encodable, Sendable {
            public var value: String
            public var aliases: [String]
        }
        public var field: String
        public var taxonomy: String
        public var values: [Value]
    }

    /// A value as pretty, key-sorted JSON.
    static func json<Value: Encodable>(_ value: Value) -> String {
        String(decoding: (try? JSONDocument.encoder().encode(value)) ?? Data("{}".utf8), as: UTF8.self)
    }
}
