/// A finding's identity that survives unrelated edits: rule id, file, and a hash of the
/// normalised message (case folded, whitespace collapsed, digit runs replaced by `#`),
/// never the line or column. Used by baselines and SARIF `partialFingerprints`.
public enum Fingerprint {
    public static func of(_ diagnostic: Diagnostic) -> String {
        of(ruleID: diagnostic.ruleID, path: diagnostic.path, message: diagnostic.message)
    }

    public static func of(ruleID: String, path: String, message: String) -> String {
        let key = ruleID + "\u{0}" + normalisedPath(path) + "\u{0}" + normalisedMessage(message)
        return hex(fnv1a64(Array(key.utf8)))
    }

    /// `./a/b.md` and `a/b.md` are one file; backslashes become slashes.
    public static func normalisedPath(_ path: String) -> String {
        var path = path.replacingOccurrences(of: "\\", with: "/")
        while path.hasPrefix("./") { path.removeFirst(2) }
        return path
    }

    public static func normalisedMessage(_ message: String) -> String {
        var output = ""
        var lastWasSpace = true
        var lastWasDigit = false
        for character in message.lowercased() {
            if character.isWhitespace {
                if !lastWasSpace { output.append(" ") }
                lastWasSpace = true
                lastWasDigit = false
            } else if character.isASCII, character.isNumber {
                if !lastWasDigit { output.append("#") }
                lastWasDigit = true
                lastWasSpace = false
            } else {
                output.append(character)
                lastWasSpace = false
                lastWasDigit = false
            }
        }
        return lastWasSpace && output.hasSuffix(" ") ? String(output.dropLast()) : output
    }

    /// FNV-1a, 64 bits: stable across runs and platforms (unlike `Hasher`).
    static func fnv1a64(_ bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
