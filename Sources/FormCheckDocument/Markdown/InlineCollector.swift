import Foundation  // memcmp

/// Flattens a block's inline nodes into plain text, remembering where every byte of that
/// text came from, and collects the links and HTML comments found on the way.
struct InlineCollector {
    let file: SourceFile
    let positions: CmarkPositions
    let sectionPath: [String]
    var bytes: [UInt8] = []
    var map = TextMap()
    var links: [Link] = []
    var comments: [HTMLComment] = []
    /// Where the text of a leading `**strong**` run ends (for `**Key:** Value` fields).
    var leadingStrongEnd: Int?
    private var lastSourceEnd = 0

    init(file: SourceFile, positions: CmarkPositions, sectionPath: [String]) {
        self.file = file
        self.positions = positions
        self.sectionPath = sectionPath
    }

    mutating func collectChildren(of node: CmarkNode) {
        if let range = positions.byteRange(of: node) { lastSourceEnd = range.lowerBound }
        var isFirst = true
        for child in node.children {
            visit(child)
            if isFirst, child.kind == .strong { leadingStrongEnd = bytes.count }
            isFirst = false
        }
    }

    /// One step of the walk: a node to enter, or a link whose children are all visited.
    private enum Step {
        case enter(CmarkNode)
        case leaveLink(CmarkNode, textStart: Int)
    }

    /// Visits `node` and everything under it in document order, with an explicit stack:
    /// emphasis can nest as deep as the input is long (`***…x…***`), and recursion
    /// overflowed the thread's stack on such a paragraph.
    private mutating func visit(_ node: CmarkNode) {
        var stack: [Step] = [.enter(node)]
        while let step = stack.popLast() {
            switch step {
            case .leaveLink(let link, let textStart):
                recordLink(link, textStart: textStart)
            case .enter(let node):
                switch node.kind {
                case .text, .code:
                    appendLiteral(of: node)
                case .softBreak, .lineBreak:
                    map.append(textStart: bytes.count, sourceStart: lastSourceEnd, sourceEnd: lastSourceEnd, length: 1)
                    bytes.append(0x20)
                case .htmlInline:
                    recordComment(node)
                case .link, .image:
                    stack.append(.leaveLink(node, textStart: bytes.count))
                    pushChildren(of: node, onto: &stack)
                default:
                    pushChildren(of: node, onto: &stack)
                }
            }
        }
    }

    /// Pushes the children last first, so they pop in document order.
    private func pushChildren(of node: CmarkNode, onto stack: inout [Step]) {
        let start = stack.count
        for child in node.children { stack.append(.enter(child)) }
        stack[start...].reverse()
    }

    private mutating func appendLiteral(of node: CmarkNode) {
        guard let source = positions.byteRange(of: node) else { return }
        let textStart = bytes.count
        let offsets: [Int]? = node.withLiteral { literal in
            bytes.append(contentsOf: literal)
            if Self.sameBytes(literal, file.bytes[source]) { return nil }
            return LiteralAligner.offsets(of: literal, in: file.bytes, range: source)
        }
        map.append(
            textStart: textStart, sourceStart: source.lowerBound, sourceEnd: source.upperBound,
            length: bytes.count - textStart, offsets: offsets)
        lastSourceEnd = source.upperBound
    }

    /// Byte equality with `memcmp`: `elementsEqual` walked both through generic iterators
    /// (3% of a whole lint in profiles).
    private static func sameBytes(_ literal: UnsafeBufferPointer<UInt8>, _ written: ArraySlice<UInt8>) -> Bool {
        guard literal.count == written.count else { return false }
        guard let base = literal.baseAddress else { return true }  // both empty
        return written.withUnsafeBufferPointer { memcmp(base, $0.baseAddress!, literal.count) == 0 }
    }

    private mutating func recordLink(_ node: CmarkNode, textStart: Int) {
        guard var source = positions.byteRange(of: node) else { return }
        let written = file.bytes[source]
        let url = node.url
        let kind: Link.Kind
        var destination: SourceRange?
        if node.kind == .link && positions.isBareAutolink(node) || written.first == UInt8(ascii: "<") {
            kind = .autolink
        } else if let inline = LinkDestination.parse(file.bytes, linkStart: source.lowerBound, textEnd: lastSourceEnd, url: url) {
            // Read from the bytes: cmark-gfm ends a link that spans lines in the wrong place.
            kind = node.kind == .image ? .image : .inline
            source = source.lowerBound..<inline.end
            destination = file.range(inline.destination)
        } else if written.last == UInt8(ascii: ")") {
            kind = node.kind == .image ? .image : .inline
        } else {
            kind = node.kind == .image ? .image : .reference
        }
        let text = String(decoding: bytes[textStart...], as: UTF8.self)
        links.append(Link(
            kind: kind, text: text.trimmingWhitespace, destination: url, title: node.title,
            range: file.range(source), sectionPath: sectionPath, destinationRange: destination))
        lastSourceEnd = source.upperBound
    }

    private mutating func recordComment(_ node: CmarkNode) {
        guard let range = positions.range(of: node),
              let comment = HTMLComment.parse(node.literal, range: range) else { return }
        comments.append(comment)
    }

    /// The paragraph value built from what was collected.
    func paragraph(range: SourceRange) -> Paragraph {
        var paragraph = Paragraph(text: String(decoding: bytes, as: UTF8.self), range: range, sentences: [], map: map)
        let text = paragraph.text
        paragraph.sentences = SentenceSplitter.split(bytes).map { textBytes in
            Sentence(range: paragraph.sourceRange(ofTextBytes: textBytes, in: file), textBytes: textBytes, in: text)
        }
        return paragraph
    }
}

extension HTMLComment {
    /// The comment in a piece of raw HTML, if it is one.
    static func parse(_ html: String, range: SourceRange) -> HTMLComment? {
        let trimmed = html.trimmingWhitespace
        guard trimmed.hasPrefix("<!--"), trimmed.hasSuffix("-->"), trimmed.count >= 7 else { return nil }
        let body = trimmed.dropFirst(4).dropLast(3)
        return HTMLComment(text: String(body).trimmingWhitespace, range: range)
    }
}
