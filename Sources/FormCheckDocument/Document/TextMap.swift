/// Maps byte offsets of a plain text built from inline nodes back to source byte offsets.
///
/// Each segment says "text bytes `[textStart, textStart+length)` came from source bytes
/// starting at `sourceStart`", either one-to-one or, where markup was removed inside a
/// node (escapes, entities), through the offsets recorded per byte.
public struct TextMap: Sendable {
    struct Segment: Sendable {
        var textStart: Int
        var sourceStart: Int
        var sourceEnd: Int
        var length: Int
        /// Source offset of each text byte when the node's source differs from its text.
        var offsets: [Int]?
    }

    var segments: [Segment] = []

    public init() {}

    mutating func append(textStart: Int, sourceStart: Int, sourceEnd: Int, length: Int, offsets: [Int]? = nil) {
        segments.append(Segment(textStart: textStart, sourceStart: sourceStart, sourceEnd: sourceEnd, length: length, offsets: offsets))
    }

    /// The source offset of a text byte offset. At a segment's end, `isEnd` keeps the
    /// position just after that segment's last byte rather than jumping to the next one.
    public func sourceOffset(_ textOffset: Int, isEnd: Bool = false) -> Int {
        guard !segments.isEmpty else { return 0 }
        // Binary search for the last segment starting before `textOffset` (or at it,
        // unless `isEnd`); a linear scan made a paragraph's sentences quadratic.
        var low = 0
        var high = segments.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            let start = segments[mid].textStart
            if start < textOffset || (!isEnd && start == textOffset) { low = mid } else { high = mid - 1 }
        }
        let chosen = segments[low]
        let delta = textOffset - chosen.textStart
        if delta >= chosen.length { return chosen.sourceEnd }
        if delta <= 0 { return chosen.sourceStart }
        if let offsets = chosen.offsets { return offsets[delta] }
        return chosen.sourceStart + delta
    }
}
