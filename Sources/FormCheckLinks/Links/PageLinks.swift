/// The links of one page and the anchors its headings define, collected while the page
/// is linted so the parsed document itself can be dropped. Kept for every page of a run,
/// so it holds only what the link check needs: each link's destination, range and section
/// path (destinations and section paths shared across pages through an `Interner`).
///
/// The text of a link's line, shown with a finding, is not kept by default: findings are
/// rare, so `LinkChecker` reads the line back from the file when it makes one (reading, not
/// parsing). A page that cannot be read again (standard input, a document built in memory)
/// keeps the lines of its links instead (`keepsLines`).
public struct PageLinks: Sendable {
    public var path: String
    public var links: [PageLink]
    public var anchors: PageAnchors
    /// The text of the line each link starts on, by line number; empty unless kept.
    public var lines: [Int: String]

    public init(path: String, links: [PageLink], anchors: PageAnchors, lines: [Int: String] = [:]) {
        self.path = path
        self.links = links
        self.anchors = anchors
        self.lines = lines
    }

    /// - Parameters:
    ///   - keepsLines: keep the source line of every link (for pages not on disk); when
    ///     false, the link check reads them back from `document.path`.
    ///   - interner: shares equal strings with the other pages of the run.
    public init(document: ContentDocument, keepsLines: Bool = true, interner: LinkInterner = LinkInterner()) {
        var lines: [Int: String] = [:]
        if keepsLines {
            for link in document.links where lines[link.range.start.line] == nil {
                lines[link.range.start.line] = document.source.lineText(link.range.start.line)
            }
        }
        let links = document.links.map {
            PageLink(destination: interner.strings.intern($0.destination), range: $0.range,
                     sectionPath: interner.sectionPaths.intern($0.sectionPath))
        }
        self.init(path: document.path, links: links,
                  anchors: PageAnchors(HeadingSlugs.anchors(of: document), interner: interner.strings), lines: lines)
    }
}

/// The interners one run shares between its pages' `PageLinks`.
public struct LinkInterner: Sendable {
    public let strings = Interner<String>()
    public let sectionPaths = Interner<[String]>()

    public init() {}
}

/// What the link check keeps of one link: 48 bytes plus shared strings, against a whole
/// `Link` (text, title, kind and two full ranges).
public struct PageLink: Sendable {
    public var destination: String
    /// Titles of the sections the link sits in, outermost first.
    public var sectionPath: [String]
    private var start: (line: UInt32, column: UInt32, offset: UInt32)
    private var end: (line: UInt32, column: UInt32, offset: UInt32)

    public init(destination: String, range: SourceRange, sectionPath: [String]) {
        self.destination = destination
        self.sectionPath = sectionPath
        start = Self.pack(range.start)
        end = Self.pack(range.end)
    }

    /// The whole link as written.
    public var range: SourceRange {
        SourceRange(start: Self.unpack(start), end: Self.unpack(end))
    }

    private static func pack(_ location: SourceLocation) -> (line: UInt32, column: UInt32, offset: UInt32) {
        (UInt32(clamping: location.line), UInt32(clamping: location.column), UInt32(clamping: location.offset))
    }

    private static func unpack(_ packed: (line: UInt32, column: UInt32, offset: UInt32)) -> SourceLocation {
        SourceLocation(line: Int(packed.line), column: Int(packed.column), offset: Int(packed.offset))
    }
}
