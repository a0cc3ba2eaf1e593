import Foundation
import Testing
import TestSupport
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

/// The built-in pack and a fixer over it, loaded once for the fix tests.
enum FixSupport {
    static let ruleSet: RuleSet = try! PackLoader.load(PackLoader.defaultPack)
    static let fixer = Fixer(linter: Linter(ruleSet: ruleSet))
    /// The same with `--unsafe-fixes`.
    static let unsafeFixer = Fixer(linter: Linter(ruleSet: ruleSet), unsafeFixes: true)

    static let samples = PackageRoot.url.appendingPathComponent("Samples")

    /// A clean sample page (see `SamplesTests`).
    static func sample(_ name: String) throws -> String {
        try String(contentsOf: samples.appendingPathComponent(name), encoding: .utf8)
    }

    static func fix(_ text: String, path: String = "page.md", unsafe: Bool = false) -> Fixer.Outcome {
        (unsafe ? unsafeFixer : fixer).fix(SourceFile(path: path, text: text))
    }

    static func fix(_ bytes: [UInt8], path: String = "page.md") -> Fixer.Outcome {
        fixer.fix(SourceFile(path: path, bytes: bytes))
    }

    static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    /// `text` with `original` (which must occur exactly once) replaced by `broken`.
    static func breaking(_ text: String, _ original: String, _ broken: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String {
        #expect(text.components(separatedBy: original).count == 2, "'\(original)' must occur once", sourceLocation: sourceLocation)
        return text.replacingOccurrences(of: original, with: broken)
    }
}
