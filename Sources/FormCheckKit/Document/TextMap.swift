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
        var chosen = segments[0]
        for segment in segments {
            if segment.textStart < textOffset || (!isEnd && segment.textStart == textOffset) {
                chosen = segment
            } else {
                break
            }
        }
        let delta = textOffset - chosen.textStart
        if delta >= chosen.length { return chosen.sourceEnd }
        if delta <= 0 { return chosen.sourceStart }
        if let offsets = chosen.offsets { return offsets[delta] }
        return chosen.sourceStart + delta
    }
}
