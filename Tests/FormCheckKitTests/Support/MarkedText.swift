/// A Markdown example with `↓` markers placed just before the characters where findings
/// must point, as in swift-format's `MarkedText`. The markers are removed from `text`;
/// `markers` keeps their positions in the unmarked text, in the units of
/// `FormCheckCore.SourceLocation`: 1-based lines, 1-based columns counted in Unicode scalars.
struct MarkedText {
    static let marker: Unicode.Scalar = "↓"

    struct Position: Hashable, Comparable, CustomStringConvertible {
        var line: Int
        var column: Int

        static func < (lhs: Position, rhs: Position) -> Bool { (lhs.line, lhs.column) < (rhs.line, rhs.column) }
        var description: String { "\(line):\(column)" }
    }

    let text: String
    let markers: [Position]

    init(_ marked: String) {
        var text = String.UnicodeScalarView()
        var markers: [Position] = []
        var line = 1
        var column = 1
        for scalar in marked.unicodeScalars {
            if scalar == Self.marker {
                markers.append(Position(line: line, column: column))
                continue
            }
            text.append(scalar)
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        self.text = String(text)
        self.markers = markers
    }
}
