extension MarkdownParser {
    /// One node of cmark-gfm's tree with the byte range `CmarkPositions` gives it.
    struct NodeRange {
        let kind: CmarkNode.Kind
        /// Nodes above it (the document is 0).
        let depth: Int
        let range: Range<Int>?
    }

    /// Every node of the file's cmark-gfm tree in document order with its byte range, for
    /// the tests that hold every position inside the file (the document only keeps some).
    /// Walks with an explicit stack: nesting can be as deep as the file is long.
    static func nodeRanges(of file: SourceFile) -> [NodeRange] {
        let frontMatter = FrontMatterSplitter.split(file)
        let hasInvalidUTF8 = ByteValidator.problems(in: file).contains { $0.kind == .invalidUTF8 }
        let input = cmarkInput(for: file, blanking: frontMatter?.whole, hasInvalidUTF8: hasInvalidUTF8)
        let positions = CmarkPositions(file: file)
        return withTree(of: input) { root in
            var ranges: [NodeRange] = []
            var stack = [(root, 0)]
            while let (node, depth) = stack.popLast() {
                ranges.append(NodeRange(kind: node.kind, depth: depth, range: positions.byteRange(of: node)))
                stack += node.children.map { ($0, depth + 1) }.reversed()
            }
            return ranges
        } ?? []
    }
}
