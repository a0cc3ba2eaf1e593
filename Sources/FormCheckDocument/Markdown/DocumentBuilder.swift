/// Walks cmark-gfm's tree once and builds the document: title, section tree, blocks,
/// fields, links and comments.
struct DocumentBuilder {
    /// Containers nested deeper than this are not descended into (and reported once).
    static let maximumDepth = 64

    let file: SourceFile
    let positions: CmarkPositions
    private(set) var document: ContentDocument
    private var openSections: [Section] = []
    private var reportedDepth = false

    init(file: SourceFile) {
        self.file = file
        self.positions = CmarkPositions(file: file)
        self.document = ContentDocument(source: file)
    }

    private var sectionPath: [String] { openSections.map(\.title) }

    mutating func build(from root: CmarkNode) {
        for node in root.children {
            if node.kind == .heading {
                let heading = makeHeading(node)
                if heading.level == 1 {
                    document.titles.append(heading)
                } else {
                    closeSections(atOrBelow: heading.level)
                    openSections.append(Section(heading: heading, blocks: [], subsections: [], range: heading.range))
                }
                continue
            }
            guard let block = makeBlock(node, depth: 0) else { continue }
            if openSections.isEmpty {
                document.preamble.append(block)
            } else {
                openSections[openSections.count - 1].blocks.append(block)
            }
        }
        closeSections(atOrBelow: 0)
    }

    private mutating func closeSections(atOrBelow level: Int) {
        while var section = openSections.last, section.heading.level >= level {
            openSections.removeLast()
            let lastEnd = (section.blocks.last?.range.end).map { max($0, section.subsections.last?.range.end ?? $0) }
                ?? section.subsections.last?.range.end
            if let lastEnd { section.range = SourceRange(start: section.range.start, end: max(lastEnd, section.range.end)) }
            if openSections.isEmpty {
                document.sections.append(section)
            } else {
                openSections[openSections.count - 1].subsections.append(section)
            }
        }
    }

    private mutating func makeHeading(_ node: CmarkNode) -> Heading {
        let range = positions.range(of: node) ?? file.range(0..<0)
        let (paragraph, _) = makeParagraph(node, range: range)
        let textRange = paragraph.text.isEmpty
            ? SourceRange(at: range.end)
            : paragraph.sourceRange(ofTextBytes: 0..<paragraph.text.utf8.count, in: file)
        let text = paragraph.text.trimmingWhitespace
        return Heading(
            level: node.headingLevel, text: text, range: range, textRange: textRange,
            untrimmedText: text == paragraph.text ? nil : paragraph.text)
    }

    private mutating func makeParagraph(_ node: CmarkNode, range: SourceRange) -> (Paragraph, Int?) {
        var collector = InlineCollector(file: file, positions: positions, sectionPath: sectionPath)
        collector.collectChildren(of: node)
        document.links += collector.links
        document.comments += collector.comments
        return (collector.paragraph(range: range), collector.leadingStrongEnd)
    }

    private mutating func makeBlock(_ node: CmarkNode, depth: Int) -> Block? {
        guard let range = positions.range(of: node) else { return nil }
        switch node.kind {
        case .paragraph, .heading:
            return .paragraph(makeParagraph(node, range: range).0)
        case .list:
            return .list(makeList(node, range: range, depth: depth))
        case .thematicBreak:
            return .thematicBreak(range)
        case .codeBlock:
            return .code(CodeBlock(info: node.fenceInfo, text: node.literal, range: range))
        case .htmlBlock:
            if let comment = HTMLComment.parse(node.literal, range: range) { document.comments.append(comment) }
            return .html(range)
        case .blockQuote:
            return .quote(Quote(blocks: makeBlocks(node, depth: depth + 1), range: range))
        case .table:
            let rows = node.children.map { row in
                row.children.map { cell in makeParagraph(cell, range: positions.range(of: cell) ?? range).0 }
            }
            return .table(Table(rows: rows, range: range))
        default:
            return nil
        }
    }

    private mutating func makeBlocks(_ node: CmarkNode, depth: Int) -> [Block] {
        guard depth < Self.maximumDepth else {
            reportTooDeep(node)
            return []
        }
        return node.children.compactMap { makeBlock($0, depth: depth) }
    }

    private mutating func reportTooDeep(_ node: CmarkNode) {
        guard !reportedDepth, let range = positions.range(of: node) else { return }
        reportedDepth = true
        document.problems.append(DocumentProblem(
            kind: .tooDeep,
            message: "content nested more than \(Self.maximumDepth) levels deep is not checked",
            range: SourceRange(at: range.start)))
    }

    private mutating func makeList(_ node: CmarkNode, range: SourceRange, depth: Int) -> ListBlock {
        let ordered = node.isOrderedList
        var items: [ListItem] = []
        for itemNode in node.children {
            guard let itemRange = positions.byteRange(of: itemNode) else { continue }
            let marker = ListMarker.read(file.bytes, at: itemRange.lowerBound, ordered: ordered)
            var field: Field?
            var blocks: [Block] = []
            if let first = itemNode.firstChild, first.kind == .paragraph, let firstRange = positions.range(of: first) {
                let (paragraph, strongEnd) = makeParagraph(first, range: firstRange)
                field = FieldExtractor.field(in: paragraph, leadingStrongEnd: strongEnd, file: file, sectionPath: sectionPath)
                blocks.append(.paragraph(paragraph))
                var rest = first.next
                while let node = rest {
                    if depth + 1 >= Self.maximumDepth {
                        reportTooDeep(node)
                    } else if let block = makeBlock(node, depth: depth + 1) {
                        blocks.append(block)
                    }
                    rest = node.next
                }
            } else {
                blocks = makeBlocks(itemNode, depth: depth + 1)
            }
            items.append(ListItem(
                number: marker.number, markerRange: file.range(marker.bytes),
                range: file.range(itemRange), blocks: blocks, field: field))
        }
        return ListBlock(ordered: ordered, items: items, range: range)
    }
}
