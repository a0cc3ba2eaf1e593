/// No two pages give the same answer: each question of a section (its subsections, e.g. an
/// FAQ) is answered in words of its own, not copied from another page.
///
/// ```yaml
/// - id: same-answer
///   check: same-answer
///   section: FAQ
///   severity: info
///   min-words: 8            # shorter answers ("Yes.") are left out
///   max-pages: 3            # an answer on more pages is a house answer, written for many
/// ```
///
/// Answers compare word for word with case, spacing and punctuation forgiven. Answers of
/// the shape of one of the pack's templates, and answers to questions of the shape of one
/// of its question templates (written from the fields), repeat by design and are left out.
public struct SameAnswerCheck: CatalogCheck {
    public var section: String
    public var minWords: Int
    /// An answer shared by more pages than this is left out: a house answer written once for
    /// many pages, not a copy (nil: no limit).
    public var maxPages: Int?

    public func entries(of context: CheckContext, templates: PackTemplates) -> [CatalogEntry] {
        guard let found = context.section(section) else { return [] }
        var entries: [CatalogEntry] = []
        for question in found.subsections where !templates.isTemplated(question: Substring(question.title)) {
            let paragraphs = question.paragraphs
            guard let first = paragraphs.first, let last = paragraphs.last else { continue }
            let text = paragraphs.map(\.text).joined(separator: " ")
            guard Shingles.words(text).count >= minWords else { continue }
            guard !templates.isTemplated(sentence: Substring(text)) else { continue }
            let range = SourceRange(start: first.range.start, end: last.range.end)
            entries.append(CatalogEntry(text: text, range: range, in: context.file, sectionPath: [found.title, question.title]))
        }
        return entries
    }

    public func findings(across pages: [CatalogInput]) -> [CatalogFinding] {
        return CatalogGroups.findings(
            CatalogGroups.byWords(pages).filter { group in maxPages.map { Set(group.map(\.path)).count <= $0 } ?? true },
            message: { entry, others in Message.same(entry.sectionPath.last ?? section, others: others) },
            related: { other in "the same answer to '\(other.entry.sectionPath.last ?? section)' here" })
    }
}

extension SameAnswerCheck {
    enum Message {
        static func same(_ question: String, others: Int) -> String {
            "the answer to '\(question)' is word for word the answer on \(others) other page\(others == 1 ? "" : "s")"
        }
    }
}

extension SameAnswerCheck {
    static let kind = CheckKind(
        name: "same-answer",
        summary: "(catalog) no two pages give the same answer to a question of a section (e.g. an FAQ)",
        keys: [
            SchemaKey("min-words", .integer, "answers with fewer words are left out (default 8)"),
            SchemaKey("max-pages", .integer, "an answer shared by more pages is a house answer and left out (default: no limit)"),
        ]
    ) { (reader, context) throws(YAMLError) in
        let section = try context.requiredSection(reader)
        var minWords = 8
        if let node = reader.optional("min-words") {
            minWords = try node.int()
            guard minWords > 0 else { throw YAMLError(at: node, "'min-words' must be a whole number above 0") }
        }
        var maxPages: Int?
        if let node = reader.optional("max-pages") {
            let value = try node.int()
            guard value > 1 else { throw YAMLError(at: node, "'max-pages' must be a whole number above 1") }
            maxPages = value
        }
        return SameAnswerCheck(section: section, minWords: minWords, maxPages: maxPages)
    }
}
