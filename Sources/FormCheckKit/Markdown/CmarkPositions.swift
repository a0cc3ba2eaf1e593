/// Converts cmark-gfm's (line, byte column) positions into byte ranges of the file,
/// inferring a range from a node's neighbours where cmark-gfm recorded none
/// (bare autolinks from the autolink extension have no position).
struct CmarkPositions {
    let file: SourceFile

    /// The node's bytes as a half-open byte range.
    func byteRange(of node: CmarkNode) -> Range<Int>? {
        if let start = node.start, let end = node.end {
            let lower = file.offset(line: start.line, byteColumn: start.column)
            let upper: Int
            if end.column <= 0 {
                upper = file.lineEnd(max(end.line - 1, start.line))
            } else {
                upper = min(file.offset(line: end.line, byteColumn: end.column) + 1, file.bytes.count)
            }
            return lower..<max(lower, upper)
        }
        return inferredRange(of: node)
    }

    private func inferredRange(of node: CmarkNode) -> Range<Int>? {
        guard let parent = node.parent, let parentRange = byteRange(of: parent) else { return nil }
        let lower = node.previous.flatMap(positionedRange)?.upperBound ?? parentRange.lowerBound
        let upper = node.next.flatMap(positionedRange)?.lowerBound ?? parentRange.upperBound
        return lower..<max(lower, upper)
    }

    private func positionedRange(_ node: CmarkNode) -> Range<Int>? {
        node.start == nil ? nil : byteRange(of: node)
    }

    func range(of node: CmarkNode) -> SourceRange? {
        byteRange(of: node).map(file.range)
    }
}
