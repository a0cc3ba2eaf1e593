/// A rule that compares the pages of a catalog with each other (`unique`, `near-duplicate`,
/// `same-answer`, `orphans`). It finds nothing on one page alone: while each page is
/// linted it keeps a few compact `CatalogEntry`s of it (the value it compares), and once
/// every page is linted the catalog pass hands it every page's entries at once.
///
/// A catalog kind is declared like any check kind (`CheckKind` + registry line), so the
/// schema, `rules explain` and pack validation cover it; the engine recognises it by this
/// protocol.
public protocol CatalogCheck: Check {
    /// What the rule keeps of one page: the values it compares, with where they are.
    /// `templates` are the pack's sentence and question templates (text of their shape
    /// repeats by design and is left out).
    func entries(of context: CheckContext, templates: PackTemplates) -> [CatalogEntry]
    /// Whether the pass must give it each page's outgoing links (`orphans`).
    var needsLinks: Bool { get }
    /// The findings across every page of the catalog, each on one page and naming the
    /// others through related locations. `pages` holds every page that has entries for
    /// this rule (or, with `needsLinks`, every page).
    func findings(across pages: [CatalogInput]) -> [CatalogFinding]
}

extension CatalogCheck {
    /// A catalog rule finds nothing on one page alone.
    public func findings(in context: CheckContext) -> [Finding] { [] }
    public var needsLinks: Bool { false }
}

/// One value a catalog rule keeps of a page: its text (as the rule compares it), where it
/// is, and the source line, so a finding can be shown without reading the page again.
public struct CatalogEntry: Codable, Sendable, Hashable {
    /// The value as written (a title, a sentence, an answer, a rendered template).
    public var text: String
    public var range: SourceRange
    /// `range`'s columns in UTF-16 code units.
    public var utf16Columns: UTF16Columns?
    /// The text of the line `range` starts on.
    public var line: String
    /// Titles of the sections the value sits in, outermost first.
    public var sectionPath: [String]

    public init(text: String, range: SourceRange, utf16Columns: UTF16Columns? = nil, line: String = "", sectionPath: [String] = []) {
        self.text = text
        self.range = range
        self.utf16Columns = utf16Columns
        self.line = line
        self.sectionPath = sectionPath
    }

    /// An entry for `range` of `file`, with its UTF-16 columns and line.
    public init(text: String, range: SourceRange, in file: SourceFile, sectionPath: [String] = []) {
        self.init(
            text: text, range: range, utf16Columns: UTF16Columns(of: range, in: file),
            line: file.lineText(range.start.line), sectionPath: sectionPath)
    }
}

/// What a catalog rule sees of one page in the pass.
public struct CatalogInput: Sendable {
    public var path: String
    /// The rule's entries of this page, in page order.
    public var entries: [CatalogEntry]
    /// Where the page's title (or its first line) is, for findings about the whole page.
    public var anchor: CatalogEntry
    /// Each page this page links to, as a standardized absolute path (only for `needsLinks`).
    public var linksTo: [String]
    /// The page's own standardized absolute path, as `linksTo` spells targets.
    public var key: String

    public init(path: String, entries: [CatalogEntry], anchor: CatalogEntry, linksTo: [String] = [], key: String = "") {
        self.path = path
        self.entries = entries
        self.anchor = anchor
        self.linksTo = linksTo
        self.key = key
    }
}

/// A catalog rule's finding on one page; the engine adds the rule id and severity.
public struct CatalogFinding: Sendable, Hashable {
    public var path: String
    public var entry: CatalogEntry
    public var message: String
    public var found: String?
    /// The other pages involved (`RelatedLocation.path` set).
    public var related: [RelatedLocation]

    public init(path: String, entry: CatalogEntry, message: String, found: String? = nil, related: [RelatedLocation] = []) {
        self.path = path
        self.entry = entry
        self.message = message
        self.found = found
        self.related = related
    }
}

extension CatalogEntry {
    /// This entry as the related location of a finding on another page.
    public func related(_ message: String, path: String) -> RelatedLocation {
        RelatedLocation(message: message, range: range, utf16Columns: utf16Columns, path: path)
    }
}

/// Findings for groups of pages that share one value: one finding on each page of each
/// group, naming the other pages (at most `limit` related locations).
enum CatalogGroups {
    static let limit = 10

    /// The entries of `pages` grouped by their words (case, spacing and punctuation aside),
    /// each page counted once per group, in the order the groups first appear.
    static func byWords(_ pages: [CatalogInput]) -> [[(path: String, entry: CatalogEntry)]] {
        var groups: [String: [(path: String, entry: CatalogEntry)]] = [:]
        var order: [String] = []
        for page in pages {
            var seen = Set<String>()
            for entry in page.entries {
                let key = Shingles.words(entry.text).joined(separator: " ")
                guard seen.insert(key).inserted else { continue }
                if groups[key] == nil { order.append(key) }
                groups[key, default: []].append((page.path, entry))
            }
        }
        return order.compactMap { groups[$0] }
    }

    /// `groups`: each a list of (page, entry) that share a value.
    static func findings(
        _ groups: [[(path: String, entry: CatalogEntry)]],
        message: (_ entry: CatalogEntry, _ others: Int) -> String,
        related: (_ other: (path: String, entry: CatalogEntry)) -> String
    ) -> [CatalogFinding] {
        var findings: [CatalogFinding] = []
        for group in groups where Set(group.map(\.path)).count > 1 {
            for member in group {
                let others = group.filter { $0.path != member.path }
                guard !others.isEmpty else { continue }
                findings.append(CatalogFinding(
                    path: member.path, entry: member.entry, message: message(member.entry, Set(others.map(\.path)).count),
                    found: member.entry.text,
                    related: others.prefix(limit).map { $0.entry.related(related($0), path: $0.path) }))
            }
        }
        return findings
    }
}

/// The pack's templates, gathered from every rule once: text of their shape repeats across
/// pages by design, so catalog rules leave it out.
public struct PackTemplates: Sendable {
    /// Sentence templates (`consistency`, `faq` answers).
    public var sentences: [TemplatePattern]
    /// Question templates (`faq` questions, `title` questions): their answers are written from the fields.
    public var questions: [TemplatePattern]

    public init(sentences: [TemplatePattern] = [], questions: [TemplatePattern] = []) {
        self.sentences = sentences
        self.questions = questions
    }

    public init(rules: [Rule]) {
        self.init(sentences: rules.flatMap(\.check.sentenceTemplates), questions: rules.flatMap(\.check.questionTemplates))
    }

    /// Whether a sentence has the shape of one of the sentence templates.
    public func isTemplated(sentence text: Substring) -> Bool { sentences.contains { $0.match(text) != nil } }
    /// Whether a question has the shape of one of the question templates.
    public func isTemplated(question text: Substring) -> Bool { questions.contains { $0.match(text) != nil } }
}
