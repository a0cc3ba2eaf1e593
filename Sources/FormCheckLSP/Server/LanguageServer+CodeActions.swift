import Foundation

extension LanguageServer {
    /// For each finding in the range: its fix labelled with its level (safe, unsafe), its
    /// suggestion, and "Disable <rule> for this line"; then "Fix all in file", which
    /// applies the safe fixes only (as `formcheck fix` does).
    func codeActions(_ params: CodeActionParams) -> [CodeAction] {
        let uri = params.textDocument.uri
        guard let document = documents[uri], let analysis = analysis(of: uri), let session = analysis.session else { return [] }
        let ruleSet = session.ruleSet(for: document.path)
        let map = analysis.map
        let wanted = { (kind: String) in params.context.only?.contains { kind == $0 || kind.hasPrefix($0 + ".") } ?? true }
        var actions: [CodeAction] = []
        if wanted(CodeActionKind.quickFix) {
            for diagnostic in analysis.diagnostics where map.range(of: diagnostic.range).touches(params.range) {
                let lsp = lspDiagnostic(diagnostic, uri: uri, map: map, ruleSet: ruleSet)
                for offered in [diagnostic.fix, diagnostic.suggestion].compactMap({ $0 }) {
                    actions.append(CodeAction(
                        title: "\(Self.label(offered.applicability)): \(describe(offered, in: analysis.source))",
                        kind: CodeActionKind.quickFix, diagnostics: [lsp], isPreferred: offered.applicability == .safe ? true : nil,
                        edit: WorkspaceEdit(changes: [uri: textEdits(offered, map: map)])))
                }
                if ruleSet.rule(diagnostic.ruleID) != nil {
                    actions.append(CodeAction(
                        title: "Disable \(diagnostic.ruleID) for this line", kind: CodeActionKind.quickFix, diagnostics: [lsp],
                        isPreferred: nil, edit: WorkspaceEdit(changes: [uri: [disableEdit(diagnostic, in: analysis.source, map: map)]])))
                }
            }
        }
        let safeFixes = analysis.diagnostics.contains { $0.fix?.applicability == .safe }
        if safeFixes, wanted(CodeActionKind.fixAll) {
            let outcome = session.fixPage(analysis.source)
            if outcome.changed {
                let whole = TextRange(start: Position(line: 0, character: 0), end: map.position(atOffset: analysis.source.bytes.count))
                actions.append(CodeAction(
                    title: "Fix all in file (safe fixes only)", kind: CodeActionKind.fixAll, diagnostics: nil, isPreferred: nil,
                    edit: WorkspaceEdit(changes: [uri: [TextEdit(range: whole, newText: String(decoding: outcome.fixed, as: UTF8.self))]])))
            }
        }
        return actions
    }

    /// How the action names a fix's level.
    static func label(_ applicability: FixApplicability) -> String {
        switch applicability {
        case .safe: "Safe fix"
        case .unsafe: "Unsafe fix (may change a fact)"
        case .suggestion: "Suggestion (check before applying)"
        }
    }

    /// A fix's edits in LSP positions, line breaks written in the document's style.
    func textEdits(_ fix: Fix, map: PositionMap) -> [TextEdit] {
        let style = LineBreakStyle(of: map.file.bytes)
        return fix.edits.map { edit in
            TextEdit(
                range: TextRange(start: map.position(atOffset: edit.range.start.offset), end: map.position(atOffset: edit.range.end.offset)),
                newText: String(decoding: style.convert(edit.replacement), as: UTF8.self))
        }
    }

    /// `replace "old" with "new"` for a one-edit fix; `N edits` otherwise.
    private func describe(_ fix: Fix, in source: SourceFile) -> String {
        guard fix.edits.count == 1, let edit = fix.edits.first else { return "apply \(fix.edits.count) edits" }
        let old = Self.shortened(source.text(edit.range.byteRange)), new = Self.shortened(edit.replacement)
        if old.isEmpty { return "insert \"\(new)\"" }
        if new.isEmpty { return "delete \"\(old)\"" }
        return "replace \"\(old)\" with \"\(new)\""
    }

    private static func shortened(_ text: String) -> String {
        let line = text.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
        return line.count > 60 ? String(line.prefix(57)) + "…" : line
    }

    /// `<!-- formcheck-disable-next-line RULE -->` on a line of its own above the finding's
    /// line, indented like it.
    private func disableEdit(_ diagnostic: Diagnostic, in source: SourceFile, map: PositionMap) -> TextEdit {
        let line = diagnostic.range.start.line
        let indentation = String(source.lineText(line).prefix { $0 == " " || $0 == "\t" })
        let lineBreak = LineBreakStyle(of: source.bytes) == .crlf ? "\r\n" : "\n"
        let start = Position(line: line - 1, character: 0)
        return TextEdit(
            range: TextRange(start: start, end: start),
            newText: "\(indentation)<!-- formcheck-disable-next-line \(diagnostic.ruleID) -->\(lineBreak)")
    }
}
