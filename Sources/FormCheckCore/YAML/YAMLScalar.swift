/// A scalar exactly as written: its text, how it was quoted, and its tag if any.
///
/// Scalars are not resolved to numbers or booleans when parsed; the typed
/// accessors on ``YAMLNode`` interpret them when asked, so `no` in a list of
/// enum values stays the string `"no"`.
public struct YAMLScalar: Hashable, Sendable {
    public enum Style: String, Hashable, Sendable {
        case plain
        case singleQuoted
        case doubleQuoted
        /// A `|` block.
        case literal
        /// A `>` block.
        case folded
    }

    public var value: String
    public var style: Style
    /// The tag as libyaml resolved it (`tag:yaml.org,2002:str` for `!!str`), or `nil`.
    public var tag: String?

    public init(_ value: String, style: Style = .plain, tag: String? = nil) {
        self.value = value
        self.style = style
        self.tag = tag
    }

    static let nullTag = "tag:yaml.org,2002:null"
    static let nullSpellings: Set<String> = ["", "~", "null", "Null", "NULL"]
    static let trueSpellings: Set<String> = [
        "true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON",
    ]
    static let falseSpellings: Set<String> = [
        "false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF",
    ]

    /// A plain, untagged `~`, `null`, `Null`, `NULL` or nothing at all (or `!!null`).
    public var isNull: Bool {
        if tag == Self.nullTag { return true }
        return style == .plain && tag == nil && Self.nullSpellings.contains(value)
    }

    /// `true`/`false`, and YAML 1.1's `yes`/`no`/`on`/`off`, only when plain and untagged.
    package var boolValue: Bool? {
        guard style == .plain, tag == nil else { return nil }
        if Self.trueSpellings.contains(value) { return true }
        if Self.falseSpellings.contains(value) { return false }
        return nil
    }

    /// Decimal with an optional sign, or `0x`/`0o`/`0b` prefixed; `_` separators allowed.
    var intValue: Int? {
        var text = Substring(value.replacingUnderscores())
        var negative = false
        if let sign = text.first, sign == "-" || sign == "+" {
            negative = sign == "-"
            text = text.dropFirst()
        }
        let radix: Int
        switch text.prefix(2) {
        case "0x", "0X": radix = 16
        case "0o", "0O": radix = 8
        case "0b", "0B": radix = 2
        default: radix = 10
        }
        if radix != 10 { text = text.dropFirst(2) }
        guard !text.isEmpty, text.allSatisfy({ $0.isHexDigit }),
              let magnitude = Int(text, radix: radix) else { return nil }
        return negative ? -magnitude : magnitude
    }

    /// A decimal or exponent number, or YAML's `.inf`, `-.inf` and `.nan` spellings.
    var doubleValue: Double? {
        let text = value.replacingUnderscores()
        switch text {
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .infinity
        case "-.inf", "-.Inf", "-.INF": return -.infinity
        case ".nan", ".NaN", ".NAN": return .nan
        default: break
        }
        let numeric = text.allSatisfy { $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }
        guard numeric, text.contains(where: \.isNumber) else { return intValue.map(Double.init) }
        return Double(text)
    }
}

extension String {
    fileprivate func replacingUnderscores() -> String {
        contains("_") ? String(filter { $0 != "_" }) : self
    }
}
