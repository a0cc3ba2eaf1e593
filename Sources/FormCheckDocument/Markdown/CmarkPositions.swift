/// Converts cmark-gfm's (line, byte column) positions into byte ranges of the file,
/// inferring a range from a node's neighbours where cmark-gfm recorded none or a wrong one.
///
/// The autolink extension's bare links (`https://…`, `www.…`, `a@b.c`) are the case:
/// they have no position (or, for `www.`, one starting a byte early), the text node
/// before one keeps the position it had before the URL was cut off its end, and the
/// text after one has no position. Such a link's range is found by locating its text
/// in the source after its previous sibling.
///
/// Termination by construction: two functions, each recursing in one direction only.
/// `ownRange` reads a node and its descendants (a link's first child), never its parent,
/// so it only descends. `byteRange` asks the parent (`byteRange`, climbing) and looks at
/// siblings and children only through `ownRange`. Neither can reach the node it started
/// from, whatever the tree (a link whose text is only a line break recursed without end
/// when every step went through `byteRange`). Where nothing positions a node, its parent's
/// range does.
struct CmarkPositions {
    let file: SourceFile

    /// The node's bytes as a half-open byte range, within its parent's and the file's.
    func byteRange(of node: CmarkNode) -> Range<Int>? {
        if node.kind == .link, isBareAutolink(node) { return bareAutolinkRange(node) }
        if let own = ownRange(of: node) { return own }
        return inferredRange(of: node)
    }

    /// The range the node itself (and below it, a link's first child) gives, corrected
    /// where cmark-gfm is known to be wrong; nil when the node has none of its own or is
    /// a bare autolink (placed from its neighbours). Descends only.
    private func ownRange(of node: CmarkNode) -> Range<Int>? {
        if node.kind == .htmlBlock, let range = htmlBlockRange(node) { return range }
        guard let recorded = recordedRange(of: node) else { return nil }
        if node.kind == .link || node.kind == .image {
            if node.kind == .link, isBareAutolink(node) { return nil }
            if recorded.lowerBound < file.bytes.count, startsLikeALink(recorded.lowerBound) { return recorded }
            return linkRange(node, recorded: recorded)
        }
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
    /// an image's `!`) sits just before its first child. Nil when the first child has no
    /// range of its own either (text that is only a line break): the link is then placed
    /// after its previous sibling like any node without a position.
    private func linkRange(_ node: CmarkNode, recorded: Range<Int>) -> Range<Int>? {
        guard let child = node.firstChild, let childRange = ownRange(of: child) else { return nil }
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
        let from = min(previousEnd(of: node, parentStart: parentRange.lowerBound), recordedRange(of: node)?.lowerBound ?? Int.max)
        let text: [UInt8] = node.firstChild.map { child in child.withLiteral { Array($0) } } ?? []
        let limit = max(from, parentRange.upperBound)
        if !text.isEmpty, let found = firstIndex(of: text, in: from..<limit) {
            return found..<found + text.count
        }
        return recordedRange(of: node) ?? from..<from
    }

    /// Where the previous sibling ends (`parentStart` for a first child), walking back over
    /// siblings without a range of their own (no recursion: a paragraph may hold thousands
    /// of bare links). Climbs nowhere: siblings are asked through `ownRange`.
    private func previousEnd(of node: CmarkNode, parentStart: Int) -> Int {
        var chain: [CmarkNode] = []
        var anchor: Int?
        var cursor = node.previous
        while let sibling = cursor {
            if let range = ownRange(of: sibling) {
                anchor = range.upperBound
                break
            }
            chain.append(sibling)
            cursor = sibling.previous
        }
        var position = anchor ?? parentStart
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

    /// A node without a range of its own lies between its neighbours, inside its parent.
    private func inferredRange(of node: CmarkNode) -> Range<Int>? {
        guard let parent = node.parent, let parentRange = byteRange(of: parent) else { return nil }
        let lower = previousEnd(of: node, parentStart: parentRange.lowerBound)
        var upper = node.next.flatMap(ownRange)?.lowerBound ?? parentRange.upperBound
        if node.kind == .text { upper = min(upper, lower + node.withLiteral { $0.count }) }
        return lower..<max(lower, upper)
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
