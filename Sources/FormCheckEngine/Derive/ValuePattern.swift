import Foundation

/// A regular expression for a field's many values: digits become `[0-9]+`, the rest is kept
/// literally, and the few shapes that cover the values are joined as alternatives.
struct ValuePattern {
    var regex: String
    /// How many of the values match it.
    var matching: Int

    /// At most four shapes covering at least 95% of the values; nil when the values are free text.
    static func infer(_ values: [String]) -> ValuePattern? {
        guard !values.isEmpty else { return nil }
        var shapes: [String: Int] = [:]
        let raw = values.map(shape)
        // When some values have decimals, every number may have them ("2 kg" and "1.5 kg").
        let decimal = "[0-9]+(\\.[0-9]+)?"
        let anyDecimal = raw.contains { $0.contains(decimal) }
        for shape in raw {
            let merged = anyDecimal ? shape.replacingOccurrences(of: decimal, with: "[0-9]+").replacingOccurrences(of: "[0-9]+", with: decimal) : shape
            shapes[merged, default: 0] += 1
        }
        let common = shapes.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(4)
        let covered = common.reduce(0) { $0 + $1.value }
        guard Double(covered) >= 0.95 * Double(values.count), common.allSatisfy({ $0.key.contains("[0-9]+") }) else { return nil }
        let alternatives = common.map(\.key).sorted()
        let body = alternatives.count == 1 ? alternatives[0] : "(" + alternatives.joined(separator: "|") + ")"
        return ValuePattern(regex: "^" + body + "$", matching: covered)
    }

    /// The value with each run of digits (a decimal point inside included) as `[0-9]+`
    /// (`(\.[0-9]+)?` after it when any run has one) and other characters escaped.
    static func shape(_ value: String) -> String {
        var result = ""
        var inNumber = false
        for character in value {
            if character.isASCII, character.isNumber {
                if !inNumber { result += "[0-9]+" }
                inNumber = true
            } else if character == ".", inNumber {
                result += "(\\.[0-9]+)?"
                inNumber = false
                continue
            } else {
                inNumber = false
                result += "\\^$.|?*+()[]{}/".contains(character) ? "\\" + String(character) : String(character)
            }
        }
        return result.replacingOccurrences(of: "(\\.[0-9]+)?[0-9]+", with: "(\\.[0-9]+)?")
    }
}
