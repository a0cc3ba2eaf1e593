/// No two pages say the same thing in the same place: pages whose scope (a section's first
/// sentence, its first paragraph, or the whole section) holds an identical sentence, or
/// whose scopes are alike word for word (shingled similarity at or above a threshold).
///
/// ```yaml
/// - id: near-duplicate-summary
///   check: near-duplicate
///   section: Overview
///   in: first-sentence      # first-sentence (default), first-paragraph, section
///   threshold: 0.7          # share of word shingles two scopes have in common (Jaccard)
///   shingle: 3              # words per shingle
///   min-words: 6            # shorter sentences are left out
/// ```
///
/// Sentences of the shape of one of the pack's templates repeat by design and are left out.
public struct NearDuplicateCheck: CatalogCheck {
    public enum Scope: String, Sendable, CaseIterable {
        case firstSentence = "first-sentence"
        case firstParagraph = "first-paragraph"
        case section
    }

    public var section: String
    public var scope: Scope
    public var threshold: Double
    public var shingle: Int
    public var minWords: Int

    public func entries(of context: CheckContext, templates: PackTemplates) -> [CatalogEntry] {
        guard let found = context.section(section) else { return [] }
        let paragraphs: [Paragraph] = switch scope {
        case .firstSentence, .firstParagraph: Array(found.paragraphs.prefix(1))
        case .section: TextScope.paragraphs(of: found)
        }
        var entries: [CatalogEntry] = []
        for paragraph in paragraphs {
            for sentence in scope == .firstSentence ? Array(paragraph.sentences.prefix(1)) : paragraph.sentences {
                let text = paragraph.text.utf8Slice(sentence.textBytes)
                guard WordScanner.words(in: String(text)).count >= minWords else { continue }
                guard !templates.isTemplated(sentence: text) else { continue }
                entries.append(CatalogEntry(text: String(text), range: sentence.range, in: context.file, sectionPath: [found.title]))
            }
        }
        return entries
    }

    var place: String {
        switch scope {
        case .firstSentence: "the first sentence of '\(section)'"
        case .firstParagraph: "the first paragraph of '\(section)'"
        case .section: "section '\(section)'"
        }
    }

    public func findings(across pages: [CatalogInput]) -> [CatalogFinding] {
        let exact = exactFindings(pages)
        let reported = Set(exact.flatMap { finding in finding.related.compactMap(\.path).map { Pair(finding.path, $0) } })
        return exact + similarFindings(pages, skipping: reported)
    }

    /// Pages that share a sentence word for word (case, spacing and punctuation aside).
    private func exactFindings(_ pages: [CatalogInput]) -> [CatalogFinding] {
        return CatalogGroups.findings(
            CatalogGroups.byWords(pages),
            message: { _, others in Message.same(place, others: others) },
            related: { _ in "the same sentence here" })
    }

    /// Pages whose scopes are alike: one finding per page, naming the pages most like it.
    private func similarFindings(_ pages: [CatalogInput], skipping reported: Set<Pair>) -> [CatalogFinding] {
        let sets = pages.map { Shingles.hashes(of: $0.entries.map(\.text), size: shingle) }
        var similar: [Int: [(other: Int, score: Double)]] = [:]
        for (first, second, score) in Shingles.similarPairs(sets, threshold: threshold)
        where !reported.contains(Pair(pages[first].path, pages[second].path)) {
            similar[first, default: []].append((second, score))
            similar[second, default: []].append((first, score))
        }
        return similar.keys.sorted().map { index in
            let page = pages[index]
            let others = similar[index]!.sorted { ($0.score, pages[$1.other].path) > ($1.score, pages[$0.other].path) }
            return CatalogFinding(
                path: page.path, entry: Self.span(page.entries),
                message: Message.similar(place, percent: Int((others[0].score * 100).rounded(.down)), path: pages[others[0].other].path, more: others.count - 1),
                found: page.entries.map(\.text).joined(separator: " "),
                related: others.prefix(CatalogGroups.limit).map { other in
                    Self.span(pages[other.other].entries).related("\(Int((other.score * 100).rounded(.down)))% alike", path: pages[other.other].path)
                })
        }
    }

    /// One entry covering the first entry's range (where a finding on the scope points).
    static func span(_ entries: [CatalogEntry]) -> CatalogEntry { entries[0] }

    /// Two paths, unordered.
    struct Pair: Hashable {
        let first: String, second: String
        init(_ a: String, _ b: String) { (first, second) = a < b ? (a, b) : (b, a) }
    }
}

extension NearDuplicateCheck {
    enum Message {
        static func same(_ place: String, others: Int) -> String {
            "\(place) repeats a sentence of \(others) other page\(others == 1 ? "" : "s")"
        }
        static func similar(_ place: String, percent: Int, path: String, more: Int) -> String {
            "\(place) is \(percent)% alike on \(path)" + (more > 0 ? " and \(more) other page\(more == 1 ? "" : "s")" : "")
        }
    }
}

extension NearDuplicateCheck {
    static let kind = CheckKind(
        name: "near-duplicate",
        summary: "(catalog) no two pages share a sentence or a near-identical text in a section's scope",
        keys: [
            SchemaKey("in", .oneOf(Scope.allCases.map(\.rawValue)), "what of the section is compared (default first-sentence)"),
            SchemaKey("threshold", .number, "shingled similarity (0–1) at which two scopes count as near duplicates (default 0.7)"),
            SchemaKey("shingle", .integer, "words per shingle (default 3)"),
            SchemaKey("min-words", .integer, "sentences with fewer words are left out (default 6)"),
        ]
    ) { (reader, context) throws(YAMLError) in
        let section = try context.requiredSection(reader)
        var scope = Scope.firstSentence
        if let node = reader.optional("in") {
            let text = try node.string()
            guard let value = Scope(rawValue: text) else {
                let names = Scope.allCases.map(\.rawValue)
                throw YAMLError(
                    at: node, "unknown scope '\(text)'" + (closestMatch(to: text, in: names).map { "; did you mean '\($0)'?" } ?? ""),
                    note: "scopes: " + names.joined(separator: ", "))
            }
            scope = value
        }
        var threshold = 0.7
        if let node = reader.optional("threshold") {
            let value = try node.double()
            guard value > 0, value <= 1 else {
                throw YAMLError(at: node, "'threshold' must be a number above 0 and at most 1")
            }
            threshold = value
        }
        let shingle = try positive(reader.optional("shingle"), name: "shingle") ?? 3
        let minWords = try positive(reader.optional("min-words"), name: "min-words") ?? 6
        return NearDuplicateCheck(section: section, scope: scope, threshold: threshold, shingle: shingle, minWords: minWords)
    }

    private static func positive(_ node: YAMLNode?, name: String) throws(YAMLError) -> Int? {
        guard let node else { return nil }
        let value = try node.int()
        guard value > 0 else { throw YAMLError(at: node, "'\(name)' must be a whole number above 0") }
        return value
    }
}
