/// Where an inline link's destination is written: `[text](url "title")` — the `url` part,
/// angle brackets included when it has them — read from the link's own bytes with
/// CommonMark's link-destination grammar (balanced parentheses, backslash escapes).
package enum LinkDestination {
    /// The destination's byte range, or nil when the bytes do not read as an inline link
    /// whose destination is `url` (so a fix never edits the wrong bytes).
    ///
    /// - Parameters:
    ///   - link: the whole link's bytes, `[` (or `![`) to the closing `)`.
    ///   - textEnd: where the last piece of the link's text ends: the `](` is searched from
    ///     there, so brackets inside the text are never taken for it.
    package static func range(in bytes: [UInt8], link: Range<Int>, textEnd: Int, url: String) -> Range<Int>? {
        guard let parsed = parse(bytes, linkStart: link.lowerBound, textEnd: textEnd, url: url), parsed.end == link.upperBound else { return nil }
        return parsed.destination
    }

    /// Bytes that may stand between a link text's last positioned piece and its `]`.
    private static let beforeClosingBracket: Set<UInt8> = Set("*_`~ \t\r\n\\".utf8)

    /// Reads an inline link from its start: the `](` after the text, the destination, an
    /// optional title and the closing `)`, with CommonMark's grammar; nil unless the bytes
    /// read that way and the destination is `url`. `end` is just past the `)`.
    ///
    /// cmark-gfm records a wrong end for a link that spans lines (the end's column on the
    /// start's line), so the end is read from the bytes, not taken from cmark-gfm.
    package static func parse(_ bytes: [UInt8], linkStart: Int, textEnd: Int, url: String) -> (destination: Range<Int>, end: Int)? {
        let limit = bytes.count
        // Between the text's last piece and `](` only closing emphasis or code markup, and
        // a line break ending the text (cmark-gfm gives breaks no position to end at).
        var index = max(linkStart + 1, min(textEnd, limit))
        while index < limit, Self.beforeClosingBracket.contains(bytes[index]) {
            index += 1
        }
        guard index + 1 < limit, bytes[index] == UInt8(ascii: "]"), bytes[index + 1] == open else { return nil }
        let start = skipSpace(bytes, from: index + 2, to: limit)
        let destination: Range<Int>
        if start < limit, bytes[start] == UInt8(ascii: "<") {
            var cursor = start + 1
            while cursor < limit, bytes[cursor] != UInt8(ascii: ">") {
                if bytes[cursor] == 0x0A || bytes[cursor] == 0x0D || bytes[cursor] == UInt8(ascii: "<") { return nil }
                cursor += bytes[cursor] == backslash ? 2 : 1
            }
            guard cursor < limit else { return nil }
            destination = start..<(cursor + 1)
        } else {
            var cursor = start, depth = 0
            while cursor < limit, bytes[cursor] > 0x20, bytes[cursor] != 0x7F {
                if bytes[cursor] == backslash, cursor + 1 < limit, isPunctuation(bytes[cursor + 1]) {
                    cursor += 2
                    continue
                }
                if bytes[cursor] == open { depth += 1 }
                if bytes[cursor] == close {
                    if depth == 0 { break }
                    depth -= 1
                }
                cursor += 1
            }
            guard depth == 0 else { return nil }
            destination = start..<cursor
        }
        var after = skipSpace(bytes, from: destination.upperBound, to: limit)
        if after < limit, after > destination.upperBound, let closer = titleCloser(bytes[after]) {
            var cursor = after + 1
            while cursor < limit, bytes[cursor] != closer {
                cursor += bytes[cursor] == backslash ? 2 : 1
            }
            guard cursor < limit else { return nil }
            after = skipSpace(bytes, from: cursor + 1, to: limit)
        }
        guard after < limit, bytes[after] == close else { return nil }
        let written = Array(bytes[destination])
        guard written.contains(UInt8(ascii: "&")) || unescaped(written) == url else { return nil }
        return (destination, after + 1)
    }

    private static func titleCloser(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "\""): UInt8(ascii: "\"")
        case UInt8(ascii: "'"): UInt8(ascii: "'")
        case open: close
        default: nil
        }
    }

    /// How `url` is written as a destination: bare when CommonMark allows it, else in angle
    /// brackets (always when the written one had them); nil when it cannot be written.
    package static func spelling(of url: String, angled: Bool) -> String? {
        let bytes = Array(url.utf8)
        if bytes.contains(where: { $0 == 0x0A || $0 == 0x0D || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") }) { return nil }
        var depth = 0, balanced = true
        for byte in bytes {
            if byte == open { depth += 1 }
            if byte == close { depth -= 1; if depth < 0 { balanced = false } }
        }
        let bare = !angled && !url.isEmpty && balanced && depth == 0 && !bytes.contains { $0 <= 0x20 || $0 == 0x7F || $0 == backslash }
        return bare ? url : "<" + url + ">"
    }

    private static let open = UInt8(ascii: "("), close = UInt8(ascii: ")"), backslash = UInt8(ascii: "\\")

    /// Spaces and tabs, with at most one line ending among them.
    private static func skipSpace(_ bytes: [UInt8], from start: Int, to end: Int) -> Int {
        var index = start, lineEndings = 0
        while index < end {
            switch bytes[index] {
            case 0x20, 0x09: index += 1
            case 0x0A, 0x0D:
                if lineEndings == 1 { return index }
                lineEndings += 1
                index += bytes[index] == 0x0D && index + 1 < end && bytes[index + 1] == 0x0A ? 2 : 1
            default: return index
            }
        }
        return index
    }

    private static func isPunctuation(_ byte: UInt8) -> Bool {
        (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte) || (0x5B...0x60).contains(byte) || (0x7B...0x7E).contains(byte)
    }

    /// The destination as cmark-gfm reports it: angle brackets and backslash escapes removed.
    private static func unescaped(_ written: [UInt8]) -> String {
        var body = written[...]
        if body.first == UInt8(ascii: "<"), body.last == UInt8(ascii: ">") { body = body.dropFirst().dropLast() }
        var result: [UInt8] = []
        var index = body.startIndex
        while index < body.endIndex {
            if body[index] == backslash, index + 1 < body.endIndex, isPunctuation(body[index + 1]) { index += 1 }
            result.append(body[index])
            index += 1
        }
        return String(decoding: result, as: UTF8.self)
    }
}
