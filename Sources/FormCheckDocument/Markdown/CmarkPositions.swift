/// Converts cmark-gfm's (line, byte column) positions into byte ranges of the file,
/// inferring a range from a node's neighbours where cmark-gfm recorded none or a wrong one.
///
/// The autolink extension's bare links (`https://…`, `www.…`, `a@b.c`) are the case:
/// they have no position (or, for `www.`, one starting a byte early), the text node
/// before one keeps the position it had before the URL was cut off its end, and the
/// text after one has no position. Such a link's range is found by locating its text
/// in the source after its previous sibling.
struct CmarkPositions {
    let file: SourceFile

    /// The node's bytes as a half-open byte range.
    func byteRange(of node: CmarkNode) -> Range<Int>? {
        if node.kind == .link, isBareAutolink(node) { return bareAutolinkRange(node) }
        if node.kind == .htmlBlock, let range = htmlBlockRange(node) { return range }
        guard let recorded = recordedRange(of: node) else { return inferredRange(of: node) }
        if node.kind == .link || node.kind == .image, let range = linkRange(node, recorded: recorded) { return range }
        if node.kind == .text, let next = node.next, next.kind == .link, isBareAutolink(next) {
            // The URL was cut off this text's literal but not off its position.
            let length = node.withLiteral { $0.count }
            return recorded.lowerBound..<min(recorded.upperBound, recorded.lowerBound + length)
        }
        return recorded
    }

    /// The range cmark-gfm recorded, if it recorded one.
    private func recordedRange(of node: CmarkNode) -> Range<Int>? {
        guard let start = node.start, let end = node.end else { return nil }
        let lower = file.offset(line: start.line, byteColumn: start.column)
        let upper: Int
        if end.column <= 0 {
            upper = file.lineEnd(max(end.line - 1, start.line))
        } else {
            upper = min(file.offset(line: end.line, byteColumn: end.column) + 1, file.bytes.count)
        }
        return lower..<max(lower, upper)
    }

    /// A link the autolink extension made from bare text: no position, or a position
    /// whose first byte is not `[`, `<` or `!` and a destination ending with its text.
    func isBareAutolink(_ node: CmarkNode) -> Bool {
        guard let recorded = recordedRange(of: node) else { return true }
        guard recorded.lowerBound < file.bytes.count, !startsLikeALink(recorded.lowerBound) else { return false }
        let text = node.firstChild?.literal ?? ""
        return !text.isEmpty && node.firstChild?.next == nil && node.url.hasSuffix(text)
    }

    private func startsLikeALink(_ offset: Int) -> Bool {
        let first = file.bytes[offset]
        return first == UInt8(ascii: "[") || first == UInt8(ascii: "<") || first == UInt8(ascii: "!")
    }

    /// cmark-gfm gives a link that spans lines the start line of its end; the `[` (and
    /// an image's `!`) sits just before its first child.
    private func linkRange(_ node: CmarkNode, recorded: Range<Int>) -> Range<Int>? {
        guard recorded.lowerBound >= file.bytes.count || !startsLikeALink(recorded.lowerBound),
              let child = node.firstChild, let childRange = byteRange(of: child) else { return nil }
        let opener = childRange.lowerBound - (node.kind == .image ? 2 : 1)
        guard opener >= 0, startsLikeALink(opener) else { return nil }
        return opener..<max(opener, recorded.upperBound)
    }

    /// cmark-gfm ends an HTML block closed by its end condition (`-->`) a line early or
    /// not at all; its literal holds exactly its lines.
    private func htmlBlockRange(_ node: CmarkNode) -> Range<Int>? {
        guard let start = node.start else { return nil }
        let lower = file.offset(line: start.line, byteColumn: start.column)
        var lines = 1
        var pendingCR = false
        node.withLiteral { literal in
            for (index, byte) in literal.enumerated() where index < literal.count - 1 {
                if byte == 0x0A {
                    if !pendingCR { lines += 1 }
                    pendingCR = false
                } else if byte == 0x0D {
                    lines += 1
                    pendingCR = true
                } else {
                    pendingCR = false
                }
            }
            // A trailing "\r\n" ends the last line, it does not start one.
            if literal.count >= 2, literal[literal.count - 2] == 0x0D, literal[literal.count - 1] == 0x0A { lines -= 1 }
        }
        return lower..<max(lower, file.lineEnd(start.line + lines - 1))
    }

    private func bareAutolinkRange(_ node: CmarkNode) -> Range<Int>? {
        guard let parent = node.parent, let parentRange = byteRange(of: parent) else { return nil }
        let from = min(previousEnd(of: node) ?? parentRange.lowerBound, recordedRange(of: node)?.lowerBound ?? Int.max)
        let text: [UInt8] = node.firstChild.map { child in child.withLiteral { Array($0) } } ?? []
        let limit = max(from, parentRange.upperBound)
        if !text.isEmpty, let found = firstIndex(of: text, in: from..<limit) {
            return found..<found + text.count
        }
        return recordedRange(of: node) ?? from..<from
    }

    /// Where the previous sibling ends, walking back over siblings without a position
    /// (no recursion: a paragraph may hold thousands of bare links).
    private func previousEnd(of node: CmarkNode) -> Int? {
        var chain: [CmarkNode] = []
        var cursor = node.previous
        while let sibling = cursor, sibling.start == nil {
            chain.append(sibling)
            cursor = sibling.previous
        }
        guard var position = cursor.flatMap({ byteRange(of: $0)?.upperBound })
                ?? node.parent.flatMap({ recordedRange(of: $0)?.lowerBound }) else { return nil }
        for sibling in chain.reversed() {
            if sibling.kind == .text {
                position += sibling.withLiteral { $0.count }
            } else if sibling.kind == .link, let text = sibling.firstChild.map({ child in child.withLiteral { Array($0) } }),
                      !text.isEmpty, let found = firstIndex(of: text, in: position..<file.bytes.count) {
                position = found + text.count
            }
        }
        return min(position, file.bytes.count)
    }

    private func inferredRange(of node: CmarkNode) -> Range<Int>? {
        guard let parent = node.parent, let parentRange = byteRange(of: parent) else { return nil }
        let lower = previousEnd(of: node) ?? parentRange.lowerBound
        var upper = node.next.flatMap(positionedRange)?.lowerBound ?? parentRange.upperBound
        if node.kind == .text { upper = min(upper, lower + node.withLiteral { $0.count }) }
        return lower..<max(lower, upper)
    }

    private func positionedRange(_ node: CmarkNode) -> Range<Int>? {
        node.start == nil ? nil : byteRange(of: node)
    }

    private func firstIndex(of needle: [UInt8], in window: Range<Int>) -> Int? {
        let bytes = file.bytes
        guard !needle.isEmpty, window.upperBound <= bytes.count, window.count >= needle.count else { return nil }
        var index = window.lowerBound
        while index + needle.count <= window.upperBound {
            if bytes[index] == needle[0], bytes[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    func range(of node: CmarkNode) -> SourceRange? {
        byteRange(of: node).map(file.range)
    }
}
