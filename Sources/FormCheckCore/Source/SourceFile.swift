/// The bytes of one file and an index of where its lines start, built once.
public struct SourceFile: Sendable {
    /// The path as the user gave it (or a display name such as `<stdin>`).
    public let path: String
    public let bytes: [UInt8]
    /// Byte offset of the first byte of each line; line 1 starts after a BOM.
    public let lineStarts: [Int]
    /// 3 when the file starts with a UTF-8 byte order mark, else 0.
    public let bomLength: Int

    /// Scalars (non-continuation bytes) in `bytes[0..<k * checkpointStride]`, so a column
    /// costs at most `checkpointStride` bytes of counting even on a megabyte-long line.
    private let scalarCheckpoints: [Int]
    private static let checkpointStride = 256
    /// True when every byte is ASCII.
    package let isASCII: Bool
    /// True when no byte continues a UTF-8 sequence: a column is then a byte distance.
    private let scalarsAreBytes: Bool

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
        let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        self.bomLength = bom
        self.lineStarts = SourceFile.indexLines(bytes, from: bom)
        let checkpoints = SourceFile.countScalars(bytes)
        self.scalarCheckpoints = checkpoints.checkpoints
        self.isASCII = checkpoints.highBits < 0x80
        self.scalarsAreBytes = checkpoints.total == bytes.count
    }

    private static func countScalars(_ bytes: [UInt8]) -> (checkpoints: [Int], total: Int, highBits: UInt8) {
        var checkpoints = [0]
        checkpoints.reserveCapacity(bytes.count / checkpointStride + 1)
        var count = 0
        var highBits: UInt8 = 0
        bytes.withUnsafeBufferPointer { buffer in
            // Stride by stride: no division per byte.
            var start = 0
            while start < buffer.count {
                if start > 0 { checkpoints.append(count) }
                let end = min(start + checkpointStride, buffer.count)
                for index in start..<end {
                    let byte = buffer[index]
                    highBits |= byte
                    if byte & 0xC0 != 0x80 { count += 1 }
                }
                start = end
            }
        }
        return (checkpoints, count, highBits)
    }

    /// Scalars in `bytes[0..<offset]`.
    private func scalarsBefore(_ offset: Int) -> Int {
        let block = min(offset / Self.checkpointStride, scalarCheckpoints.count - 1)
        var count = scalarCheckpoints[block]
        var index = block * Self.checkpointStride
        while index < offset {
            if bytes[index] & 0xC0 != 0x80 { count += 1 }
            index += 1
        }
        return count
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// Line starts after `\n`, after `\r\n`, and after a lone `\r`.
    private static func indexLines(_ bytes: [UInt8], from start: Int) -> [Int] {
        var starts = [start]
        starts.reserveCapacity(bytes.count / 40 + 1)
        bytes.withUnsafeBufferPointer { buffer in
            var index = start
            let count = buffer.count
            while index < count {
                let byte = buffer[index]
                if byte == 0x0A {
                    starts.append(index + 1)
                } else if byte == 0x0D {
                    if index + 1 < count, buffer[index + 1] == 0x0A { index += 1 }
                    starts.append(index + 1)
                }
                index += 1
            }
        }
        return starts
    }

    public var lineCount: Int { lineStarts.count }

    /// The 1-based line holding a byte offset.
    public func line(containing offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low + 1
    }

    /// The location of a byte offset, clamped to the file.
    public func location(atOffset rawOffset: Int) -> SourceLocation {
        let offset = min(max(rawOffset, bomLength), bytes.count)
        let line = line(containing: offset)
        let column = 1 + scalarCount(from: lineStarts[line - 1], to: offset)
        return SourceLocation(line: line, column: column, offset: offset)
    }

    /// The location of a 1-based line and a 1-based *byte* column (cmark-gfm's unit).
    public func location(line: Int, byteColumn: Int) -> SourceLocation {
        location(atOffset: offset(line: line, byteColumn: byteColumn))
    }

    /// The byte offset of a 1-based line and 1-based byte column, clamped to the line.
    public func offset(line: Int, byteColumn: Int) -> Int {
        guard line >= 1 else { return bomLength }
        guard line <= lineStarts.count else { return bytes.count }
        let start = lineStarts[line - 1]
        // cmark-gfm counts the BOM in line 1's columns.
        let lineBase = line == 1 ? 0 : start
        return min(max(lineBase + byteColumn - 1, start), lineEnd(line))
    }

    /// The location of a 1-based line and 1-based scalar column (libyaml's unit).
    public func location(line: Int, column: Int) -> SourceLocation {
        location(line: line, column: column, after: nil)
    }

    /// As `location(line:column:)`, counting on from `known` when it is an earlier
    /// location on the same line: a parser asking for every scalar of a 20 MB line in
    /// turn then walks the line once, not once per scalar.
    func location(line: Int, column: Int, after known: SourceLocation?) -> SourceLocation {
        guard line >= 1, line <= lineStarts.count else {
            return location(atOffset: line < 1 ? 0 : bytes.count)
        }
        var offset = lineStarts[line - 1]
        let end = lineEnd(line)
        var remaining = column - 1
        if let known, known.line == line, known.column <= column, known.offset >= offset, known.offset <= end {
            offset = known.offset
            remaining = column - known.column
        }
        while remaining > 0, offset < end {
            offset += 1
            while offset < end, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
            remaining -= 1
        }
        return SourceLocation(line: line, column: column - remaining, offset: offset)
    }

    public func range(_ byteRange: Range<Int>) -> SourceRange {
        SourceRange(start: location(atOffset: byteRange.lowerBound), end: location(atOffset: byteRange.upperBound))
    }

    /// Byte offset just past the last byte of a line's content (before its line break).
    public func lineEnd(_ line: Int) -> Int {
        guard line >= 1, line <= lineStarts.count else { return bytes.count }
        var end = line < lineStarts.count ? lineStarts[line] : bytes.count
        if end > lineStarts[line - 1], line < lineStarts.count {
            end -= 1
            if end > lineStarts[line - 1], bytes[end] == 0x0A, bytes[end - 1] == 0x0D { end -= 1 }
        }
        return end
    }

    /// The text of a line without its line break; invalid UTF-8 is shown as U+FFFD.
    public func lineText(_ line: Int) -> String {
        guard line >= 1, line <= lineStarts.count else { return "" }
        return text(lineStarts[line - 1]..<lineEnd(line))
    }

    public func text(_ byteRange: Range<Int>) -> String {
        let lower = min(max(byteRange.lowerBound, 0), bytes.count)
        let upper = min(max(byteRange.upperBound, lower), bytes.count)
        return String(decoding: bytes[lower..<upper], as: UTF8.self)
    }

    public func text(_ range: SourceRange) -> String { text(range.byteRange) }

    /// The column of a location in UTF-16 code units, 1-based (SARIF's default unit).
    public func utf16Column(of location: SourceLocation) -> Int {
        let start = lineStarts[max(0, min(location.line, lineStarts.count) - 1)]
        var units = 1
        var offset = start
        let end = min(location.offset, bytes.count)
        while offset < end {
            let byte = bytes[offset]
            if byte & 0xC0 != 0x80 { units += byte >= 0xF0 ? 2 : 1 }
            offset += 1
        }
        return units
    }

    /// Scalars in `bytes[start..<end]`: the byte distance when no byte continues a sequence; counted
    /// directly over a short span (a line's start to a column, nearly always); through the
    /// checkpoints over a long one. Counting from two checkpoints cost up to twice the
    /// stride per location and was 14% of a whole lint in profiles.
    private func scalarCount(from start: Int, to end: Int) -> Int {
        guard end > start else { return 0 }
        if scalarsAreBytes { return end - start }
        guard end - start <= Self.checkpointStride else { return scalarsBefore(end) - scalarsBefore(start) }
        return bytes.withUnsafeBufferPointer { buffer in
            var count = 0
            for index in start..<end where buffer[index] & 0xC0 != 0x80 { count += 1 }
            return count
        }
    }
}
