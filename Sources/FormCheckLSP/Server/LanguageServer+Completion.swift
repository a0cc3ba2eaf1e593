import Foundation

extension LanguageServer {
    /// After `**Field:** `: the field's allowed values. After `## `: the section titles the
    /// pack requires that the page does not have yet.
    func completion(_ params: TextDocumentPositionParams) -> CompletionList {
        let empty = CompletionList(isIncomplete: false, items: [])
        let uri = params.textDocument.uri
        guard let document = documents[uri], let analysis = analysis(of: uri), let session = analysis.session else { return empty }
        let ruleSet = session.ruleSet(for: document.path)
        let map = analysis.map
        let prefix = map.linePrefix(before: params.position)
        let items: [CompletionItem]
        let typed: String
        if let field = CompletionContext.field(in: prefix) {
            guard let allowed = ruleSet.allowedValues(forField: field.name) else { return empty }
            typed = field.typed
            items = allowed.canonicalValues.map { CompletionItem(label: $0, kind: 12, detail: "\(field.name) value", filterText: $0) }
        } else if let heading = CompletionContext.heading(in: prefix) {
            typed = heading
            let present = Set(analysis.source.lineStarts.indices.compactMap { index -> TitleKey? in
                guard index != params.position.line else { return nil }
                return CompletionContext.heading(in: analysis.source.lineText(index + 1)).map(TitleKey.init)
            })
            items = ruleSet.requiredSections.filter { !present.contains(TitleKey($0)) }.map {
                CompletionItem(label: $0, kind: 1, detail: "required section", filterText: $0)
            }
        } else {
            return empty
        }
        let start = Position(line: params.position.line, character: params.position.character - typed.utf16.count)
        let range = TextRange(start: start, end: params.position)
        return CompletionList(isIncomplete: false, items: items.enumerated().map { index, item in
            var item = item
            item.sortText = String(format: "%04d", index)
            item.textEdit = TextEdit(range: range, newText: item.label)
            return item
        })
    }
}

/// Where on a line completion applies.
enum CompletionContext {
    /// In `- **Name:** typed` (list marker optional), the field's name and what is typed
    /// after the space; nil elsewhere.
    static func field(in prefix: String) -> (name: String, typed: String)? {
        var rest = Substring(prefix).drop { $0 == " " || $0 == "\t" }
        if let marker = rest.first, "-*+".contains(marker), rest.dropFirst().first == " " {
            rest = rest.dropFirst(2).drop { $0 == " " }
        }
        guard rest.hasPrefix("**"), let close = rest.range(of: ":**") else { return nil }
        let name = rest[rest.index(rest.startIndex, offsetBy: 2)..<close.lowerBound]
        let after = rest[close.upperBound...]
        guard !name.isEmpty, !name.contains("*"), after.first == " " else { return nil }
        return (String(name).trimmingCharacters(in: .whitespaces), String(after.drop { $0 == " " }))
    }

    /// In `## typed`, what is typed after the marker; nil on any other line.
    static func heading(in prefix: String) -> String? {
        let rest = Substring(prefix).drop { $0 == " " }
        guard rest.hasPrefix("## "), prefix.count - rest.count <= 3 else { return nil }
        return String(rest.dropFirst(3).drop { $0 == " " })
    }
}
