import Foundation
import Testing
import TestSupport
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

/// The repository root, found from this file's path.
let packageRoot = PackageRoot.url.path

/// The built-in exercise pack, loaded once.
let builtinLinter: Linter = {
    do {
        return Linter(ruleSet: try PackLoader.load(PackLoader.defaultPack))
    } catch {
        fatalError("built-in pack does not load: \(error)")
    }
}()

func lintText(_ text: String, path: String = "page.md") -> [Diagnostic] {
    builtinLinter.lint(MarkdownParser.parse(SourceFile(path: path, text: text)))
}

/// A field as the parser would give it, with dummy ranges.
func field(_ key: String, _ value: String) -> Field {
    let range = SourceRange(at: SourceLocation(line: 1, column: 1, offset: 0))
    let values = value.split(separator: ",").map { FieldValue(text: $0.trimmingWhitespace, range: range) }
    return Field(key: key, keyRange: range, value: value, valueRange: range, values: values, sectionPath: [])
}

/// The taxonomy of the built-in pack.
var builtinTaxonomy: Taxonomy { builtinLinter.ruleSet.taxonomy }
