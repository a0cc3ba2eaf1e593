import Foundation

/// The JSON that FormCheck writes for people and tools to read (the `json` and `sarif`
/// formats, the report's JSON, baselines, `dump`): keys sorted, indented, slashes as
/// written, ending in a newline. One owner, so every document reads the same.
public enum JSONDocument {
    /// The encoder of every such document.
    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// `value` as a JSON document, with its final newline.
    public static func text<Value: Encodable>(_ value: Value) throws -> String {
        String(decoding: try encoder().encode(value), as: UTF8.self) + "\n"
    }
}
