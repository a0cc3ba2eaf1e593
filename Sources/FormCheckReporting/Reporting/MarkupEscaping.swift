/// Text made safe to put inside XML, XHTML, HTML or SVG, as element content or a quoted
/// attribute. Shared by the JUnit reporter and the catalog report.
enum MarkupEscaping {
    /// `&`, `<`, `>` and quotes escaped; control characters XML 1.0 forbids become U+FFFD.
    /// With `keepingLineBreaks`, line breaks and tabs are written as character references,
    /// so an attribute value keeps them (a parser turns a raw one into a space).
    static func escape(_ text: String, keepingLineBreaks: Bool = false) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\n", "\r", "\t":
                if keepingLineBreaks { result += "&#\(scalar.value);" } else { result.unicodeScalars.append(scalar) }
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    result += "\u{FFFD}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}
