import Foundation  // memchr

/// Finds what cmark-gfm would silently alter: invalid UTF-8 and NUL bytes.
enum ByteValidator {
    /// At most this many problems of each kind are reported per file.
    static let limit = 20

    static func problems(in file: SourceFile) -> [DocumentProblem] {
        // Nearly every file: ASCII (so valid UTF-8) without a NUL, found by `memchr`.
        if file.isASCII, !containsNUL(file.bytes) { return [] }
        var problems: [DocumentProblem] = []
        var invalid = 0
        var nuls = 0
        let bytes = file.bytes
        var index = file.bomLength
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte == 0, nuls < limit {
                    nuls += 1
                    problems.append(DocumentProblem(kind: .nulByte, message: "NUL byte in text", range: file.range(index..<index + 1)))
                }
                index += 1
                continue
            }
            let length = sequenceLength(bytes, at: index)
            if length == 0 {
                if invalid < limit {
                    invalid += 1
                    problems.append(DocumentProblem(
                        kind: .invalidUTF8,
                        message: "invalid UTF-8 byte 0x\(String(byte, radix: 16, uppercase: true))",
                        range: file.range(index..<index + 1)))
                }
                index += 1
            } else {
                index += length
            }
        }
        return problems
    }

    static func containsNUL(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return false }
            return memchr(base, 0, buffer.count) != nil
        }
    }

    /// Replaces each invalid UTF-8 byte with one byte cmark-gfm keeps as is (U+001A), in
    /// place. cmark-gfm would turn it into U+FFFD (three bytes) and shift every later
    /// column of that line.
    static func replaceInvalidBytes(_ bytes: inout [UInt8], from start: Int) {
        var index = start
        while index < bytes.count {
            if bytes[index] < 0x80 {
                index += 1
                continue
            }
            let length = sequenceLength(bytes, at: index)
            if length == 0 {
                bytes[index] = 0x1A
                index += 1
            } else {
                index += length
            }
        }
    }

    /// The length of a valid UTF-8 sequence starting at `index`, or 0 if it is invalid.
    private static func sequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let lead = bytes[index]
        let length: Int
        var lowerSecond: UInt8 = 0x80
        var upperSecond: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; lowerSecond = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; upperSecond = 0x9F
        case 0xF0: length = 4; lowerSecond = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; upperSecond = 0x8F
        default: return 0
        }
        guard index + length <= bytes.count else { return 0 }
        guard (lowerSecond...upperSecond).contains(bytes[index + 1]) else { return 0 }
        for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 { return 0 }
        return length
    }
}
