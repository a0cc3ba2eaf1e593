// Build tool run by the EmbedPacks plugin: writes a Swift file holding the text of
// each rule pack given, so the built-in packs ship inside the binary while Rules/*.yml
// stays their only source.
//
// Usage: embed-packs OUTPUT.swift PACK.yml...
import Foundation

let arguments = CommandLine.arguments.dropFirst()
guard let output = arguments.first else {
    FileHandle.standardError.write(Data("usage: embed-packs OUTPUT.swift PACK.yml...\n".utf8))
    exit(2)
}

/// The text as one Swift string literal, every character that needs it escaped.
func literal(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\\": result += "\\\\"
        case "\"": result += "\\\""
        case "\n": result += "\\n"
        case "\r": result += "\\r"
        case "\t": result += "\\t"
        default:
            if scalar.value < 0x20 { result += "\\u{\(String(scalar.value, radix: 16))}" } else { result.unicodeScalars.append(scalar) }
        }
    }
    return result + "\""
}

var swift = """
    // Generated at build time by the EmbedPacks plugin from Rules/*.yml.

    /// The rule packs built into the binary, by file name.
    enum BuiltinPacks {
        static let files: [String: String] = [

    """
for path in arguments.dropFirst().sorted() {
    let url = URL(fileURLWithPath: path)
    let text = try String(contentsOf: url, encoding: .utf8)
    swift += "        \(literal(url.lastPathComponent)): \(literal(text)),\n"
}
swift += "    ]\n}\n"
try swift.write(toFile: output, atomically: true, encoding: .utf8)
