/// Compiler-style output: `path:line:col: severity: message [rule]`, the source line with
/// the range underlined, a `note:` line for each related place (the field a sentence
/// contradicts), and a summary line. Editors that read compiler output jump to both.
public struct TextReporter: Reporter {
    public var color: Bool
    public var showsSource: Bool

    public init(color: Bool = false, showsSource: Bool = true) {
        self.color = color
        self.showsSource = showsSource
    }

    public func report(_ result: LintResult) -> String {
        var lines: [String] = []
        for file in result.files {
            for diagnostic in file.diagnostics {
                lines.append(headline(diagnostic))
                if showsSource, !diagnostic.sourceLine.isEmpty || diagnostic.range.start.column > 1 {
                    let snippet = SourceSnippet(lineText: diagnostic.sourceLine, range: diagnostic.rangeInSourceLine)
                    let number = String(diagnostic.range.start.line)
                    let gutter = String(repeating: " ", count: number.count)
                    let marker = color ? paint(snippet.marker, ANSI.green) : snippet.marker
                    lines.append(" \(number) | \(snippet.line)")
                    lines.append(" \(gutter) | \(marker)")
                }
                if let line = Self.describe(diagnostic.fix, as: Self.label(diagnostic.fix), in: diagnostic)
                    ?? Self.describe(diagnostic.suggestion, as: "suggestion", in: diagnostic) {
                    lines.append("   " + (color ? paint(line, ANSI.green) : line))
                }
                for related in diagnostic.related {
                    let location = "\(related.path ?? diagnostic.path):\(related.range.start.line):\(related.range.start.column):"
                    let note = color ? paint("note:", ANSI.cyan) : "note:"
                    lines.append("\(color ? paint(location, ANSI.bold) : location) \(note) \(related.message)")
                }
            }
        }
        lines.append(summary(result))
        return lines.joined(separator: "\n") + "\n"
    }

    /// `fix` for a safe fix, `unsafe fix` for one only `--unsafe-fixes` applies.
    static func label(_ fix: Fix?) -> String {
        fix?.applicability == .unsafe ? "unsafe fix" : "fix"
    }

    /// `fix: replace "a starter" with "a main course"` for a one-edit fix on the
    /// finding's line; a count of edits otherwise (`formcheck fix --dry-run` shows them).
    static func describe(_ fix: Fix?, as label: String, in diagnostic: Diagnostic) -> String? {
        guard let fix, !fix.edits.isEmpty else { return nil }
        guard fix.edits.count == 1, let edit = fix.edits.first, !edit.replacement.contains("\n") else {
            return "\(label): \(fix.edits.count) edit\(fix.edits.count == 1 ? "" : "s") (formcheck fix --dry-run shows them)"
        }
        if edit.range.isEmpty { return "\(label): insert \"\(edit.replacement)\"" }
        let line = diagnostic.range.start.line
        guard edit.range.start.line == line, edit.range.end.line == line else { return "\(label): replace with \"\(edit.replacement)\"" }
        let scalars = Array(diagnostic.sourceLine.unicodeScalars)
        let shift = diagnostic.sourceLineColumn
        let lower = min(max(edit.range.start.column - shift, 0), scalars.count)
        let upper = min(max(edit.range.end.column - shift, lower), scalars.count)
        var replaced = String.UnicodeScalarView()
        replaced.append(contentsOf: scalars[lower..<upper])
        let with = edit.replacement.isEmpty ? "delete \"\(String(replaced))\"" : "replace \"\(String(replaced))\" with \"\(edit.replacement)\""
        return "\(label): " + with
    }

    private func headline(_ diagnostic: Diagnostic) -> String {
        let location = "\(diagnostic.path):\(diagnostic.range.start.line):\(diagnostic.range.start.column):"
        let severity = diagnostic.severity.rawValue + ":"
        let rule = "[\(diagnostic.ruleID)]"
        guard color else { return "\(location) \(severity) \(diagnostic.message) \(rule)" }
        let severityColor = switch diagnostic.severity {
        case .error: ANSI.red
        case .warning: ANSI.yellow
        case .info: ANSI.cyan
        }
        return "\(paint(location, ANSI.bold)) \(paint(severity, severityColor)) \(paint(diagnostic.message, ANSI.bold)) \(paint(rule, ANSI.dim))"
    }

    private func summary(_ result: LintResult) -> String {
        let errors = result.count(.error)
        let warnings = result.count(.warning)
        let infos = result.count(.info)
        let files = result.files.count
        var parts = ["\(errors) error\(errors == 1 ? "" : "s")", "\(warnings) warning\(warnings == 1 ? "" : "s")"]
        if infos > 0 { parts.append("\(infos) info") }
        let clean = result.files.count { $0.diagnostics.isEmpty }
        let time = String(format: "%.2fs", result.duration)
        let fixes = Self.fixCounts(result.diagnostics)
        let links = result.linksChecked == false ? " Links not checked." : ""
        let skipped = result.skipped > 0 ? ", \(result.skipped) skipped," : ""
        return "Checked \(files) file\(files == 1 ? "" : "s") (\(clean) clean)\(skipped) in \(time): " + parts.joined(separator: ", ") + "." + fixes + links
    }

    /// ` 2 fixable with `formcheck fix`, 1 with --unsafe-fixes, 3 suggestions.`; empty when
    /// no finding offers edits.
    static func fixCounts(_ diagnostics: [Diagnostic]) -> String {
        var counts: [FixApplicability: Int] = [:]
        for diagnostic in diagnostics { if let level = diagnostic.fixApplicability { counts[level, default: 0] += 1 } }
        var parts: [String] = []
        if let safe = counts[.safe] { parts.append("\(safe) fixable with `formcheck fix`") }
        if let unsafe = counts[.unsafe] { parts.append("\(unsafe) with --unsafe-fixes") }
        if let suggestions = counts[.suggestion] { parts.append("\(suggestions) suggestion\(suggestions == 1 ? "" : "s")") }
        return parts.isEmpty ? "" : " " + parts.joined(separator: ", ") + "."
    }

    private func paint(_ text: String, _ code: String) -> String { code + text + ANSI.reset }
}
