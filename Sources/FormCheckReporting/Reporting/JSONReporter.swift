import Foundation

/// A stable JSON document; its shape is documented in docs/output.md and versioned.
public struct JSONReporter: Reporter {
    public static let schemaVersion = 2

    public init() {}

    struct Output: Encodable {
        struct Tool: Encodable { var name: String; var version: String }
        struct Summary: Encodable {
            var files: Int; var clean: Int; var errors: Int; var warnings: Int; var infos: Int
            /// false when links were skipped (not "no broken links"); absent when the run did not say.
            var linksChecked: Bool?
            /// Markdown files given or found that the configuration leaves out (version 2, added).
            var skipped: Int
        }
        struct Position: Encodable { var line: Int; var column: Int }
        struct Range: Encodable { var start: Position; var end: Position }
        /// `file` is set when the place is on another page (a catalog rule's finding).
        struct Related: Encodable { var message: String; var range: Range; var file: String? }
        struct Edit: Encodable { var range: Range; var replacement: String }
        struct Finding: Encodable {
            var rule: String
            var severity: Severity
            var message: String
            var file: String
            var range: Range
            var section: [String]
            var expected: String?
            var found: String?
            var related: [Related]?
            /// Edits that repair the finding: `formcheck fix` applies them when `applicability`
            /// is `safe`, `--unsafe-fixes` also when it is `unsafe`.
            var fix: [Edit]?
            /// Edits offered but never applied (the change may go beyond the finding).
            var suggestion: [Edit]?
            /// `safe`, `unsafe` or `suggestion` (version 2); absent when no edits are offered.
            var applicability: FixApplicability?
        }
        var version: Int
        var tool: Tool
        var summary: Summary
        var findings: [Finding]
        /// `lint --shard I/N` only: what `formcheck merge` reads back (docs/ci.md).
        var shard: ShardResult?
    }

    public func report(_ result: LintResult) -> String {
        func range(_ range: SourceRange) -> Output.Range {
            Output.Range(
                start: Output.Position(line: range.start.line, column: range.start.column),
                end: Output.Position(line: range.end.line, column: range.end.column))
        }
        func edits(_ fix: Fix?) -> [Output.Edit]? {
            fix.map { $0.edits.map { Output.Edit(range: range($0.range), replacement: $0.replacement) } }
        }
        let findings = result.diagnostics.map { diagnostic in
            Output.Finding(
                rule: diagnostic.ruleID, severity: diagnostic.severity, message: diagnostic.message, file: diagnostic.path,
                range: range(diagnostic.range), section: diagnostic.sectionPath, expected: diagnostic.expected,
                found: diagnostic.found,
                related: diagnostic.related.isEmpty ? nil : diagnostic.related.map { Output.Related(message: $0.message, range: range($0.range), file: $0.path) },
                fix: edits(diagnostic.fix), suggestion: edits(diagnostic.suggestion), applicability: diagnostic.fixApplicability)
        }
        let output = Output(
            version: Self.schemaVersion,
            tool: Output.Tool(name: "formcheck", version: FormCheckVersion.current),
            summary: Output.Summary(
                files: result.files.count, clean: result.files.count { $0.diagnostics.isEmpty },
                errors: result.count(.error), warnings: result.count(.warning), infos: result.count(.info),
                linksChecked: result.linksChecked, skipped: result.skipped),
            findings: findings, shard: result.shard)
        return (try? JSONDocument.text(output)) ?? "{}\n"
    }
}
