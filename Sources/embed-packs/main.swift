// Build tool run by the EmbedPacks plugin: writes a Swift file holding the text of
// each file given (rule packs, report templates), so they ship inside the binary while
// Rules/*.yml and Templates/*.mustache stay their only source.
//
// Usage: embed-packs [--enum NAME] [--folder FOLDER] OUTPUT.swift FILE...
import Foundation

var arguments = Array(CommandLine.arguments.dropFirst())
var enumName = "BuiltinPacks"
var folder = "Rules"
while arguments.count >= 2, arguments[0].hasPrefix("--") {
    switch arguments[0] {
    case "--enum": enumName = arguments[1]
    case "--folder": folder = arguments[1]
    default:
        FileHandle.standardError.write(Data("embed-packs: unknown option \(arguments[0])\n".utf8))
        exit(2)
    }
    arguments.removeFirst(2)
}
guard let output = arguments.first else {
    FileHandle.standardError.write(Data("usage: embed-packs [--enum NAME] [--folder FOLDER] OUTPUT.swift FILE...\n".utf8))
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
    // Generated at build time by the EmbedPacks plugin from \(folder)/.

    /// The files of \(folder)/ built into the binary, by file name.
    enum \(enumName) {
        static let files: [String: String] = [

    """
for path in arguments.dropFirst().sorted() {
    let url = URL(fileURLWithPath: path)
    let text = try String(contentsOf: url, encoding: .utf8)
    swift += "        \(literal(url.lastPathComponent)): \(literal(text)),\n"
}
swift += "    ]\n}\n"
try swift.write(toFile: output, atomically: true, encoding: .utf8)
