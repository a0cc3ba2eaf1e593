/// Applies a document's inline suppression comments to its findings, and reports every
/// suppression that suppressed nothing (rule id `unused-suppression`, a warning) so stale
/// ones get cleaned up. See ``SuppressionDirective`` for the comment forms.
struct Suppressions {
    static let unusedRuleID = "unused-suppression"

    /// One rule (or every rule, `ruleID == nil`) silenced over part of the file.
    struct Entry {
        enum Scope {
            case file
            case line(Int)
            case offsets(Range<Int>)
        }
        var ruleID: String?
        var scope: Scope
        var directive: SuppressionDirective

        func covers(_ diagnostic: Diagnostic) -> Bool {
            guard ruleID == nil || ruleID == diagnostic.ruleID else { return false }
            switch scope {
            case .file: return true
            case .line(let line): return diagnostic.range.start.line == line
            case .offsets(let range): return range.contains(diagnostic.range.start.offset)
            }
        }
    }

    private(set) var entries: [Entry] = []
    /// Directives that are wrong in themselves: an enable with nothing to enable.
    private(set) var strayEnables: [(SuppressionDirective, String?)] = []

    init(comments: [HTMLComment]) {
        var open: [(ruleID: String?, directive: SuppressionDirective)] = []
        for directive in comments.compactMap(SuppressionDirective.init) {
            let ids: [String?] = directive.ruleIDs.isEmpty ? [nil] : directive.ruleIDs
            switch directive.kind {
            case .disableFile:
                entries += ids.map { Entry(ruleID: $0, scope: .file, directive: directive) }
            case .disableNextLine:
                entries += ids.map { Entry(ruleID: $0, scope: .line(directive.range.end.line + 1), directive: directive) }
            case .disable:
                open += ids.map { ($0, directive) }
            case .enable:
                let closing: [Int]
                if directive.ruleIDs.isEmpty {
                    closing = Array(open.indices)
                    if closing.isEmpty { strayEnables.append((directive, nil)) }
                } else {
                    var indices: [Int] = []
                    for id in directive.ruleIDs {
                        if let index = open.indices.last(where: { open[$0].ruleID == id && !indices.contains($0) }) {
                            indices.append(index)
                        } else {
                            strayEnables.append((directive, id))
                        }
                    }
                    closing = indices
                }
                for index in closing {
                    let region = open[index].directive.range.end.offset..<directive.range.start.offset
                    entries.append(Entry(ruleID: open[index].ruleID, scope: .offsets(region), directive: open[index].directive))
                }
                open = open.indices.filter { !closing.contains($0) }.map { open[$0] }
            }
        }
        entries += open.map { Entry(ruleID: $0.ruleID, scope: .offsets($0.directive.range.end.offset..<Int.max), directive: $0.directive) }
    }

    /// The findings no suppression covers, plus a warning for each suppression that covered
    /// none (naming the closest known rule id when the id is unknown).
    func apply(to diagnostics: [Diagnostic], knownRuleIDs: Set<String>, document: ContentDocument, locator: SectionLocator) -> [Diagnostic] {
        var used = Array(repeating: false, count: entries.count)
        var kept: [Diagnostic] = []
        for diagnostic in diagnostics {
            let covering = entries.indices.filter { entries[$0].covers(diagnostic) }
            for index in covering { used[index] = true }
            if covering.isEmpty { kept.append(diagnostic) }
        }
        func warning(_ message: String, at range: SourceRange) -> Diagnostic {
            Diagnostic(
                ruleID: Self.unusedRuleID, severity: .warning, message: message, path: document.path, range: range,
                sectionPath: locator.path(at: range.start), sourceLine: document.source.lineText(range.start.line))
        }
        for (index, entry) in entries.enumerated() where !used[index] {
            let directive = entry.directive
            guard let id = entry.ruleID else {
                kept.append(warning("\(directive.label) for all rules suppresses nothing; remove it", at: directive.range))
                continue
            }
            if !knownRuleIDs.contains(id) {
                let suggestion = closestMatch(to: id, in: knownRuleIDs.sorted()).map { "; did you mean '\($0)'?" } ?? ""
                kept.append(warning("\(directive.label) names unknown rule '\(id)'\(suggestion)", at: directive.range))
            } else {
                kept.append(warning("\(directive.label) for '\(id)' suppresses nothing; remove it", at: directive.range))
            }
        }
        for (directive, id) in strayEnables {
            let what = id.map { "'\($0)'" } ?? "all rules"
            kept.append(warning("\(directive.label) for \(what) has no matching formcheck-disable before it", at: directive.range))
        }
        return kept
    }
}

extension DocumentProblem.Kind: CaseIterable {
    public static var allCases: [DocumentProblem.Kind] { [.invalidUTF8, .nulByte, .frontMatter, .tooDeep] }
}
