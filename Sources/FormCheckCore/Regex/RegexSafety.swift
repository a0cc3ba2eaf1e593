/// A load-time guard against regular expressions whose backtracking can take time
/// exponential (or of a high polynomial degree) in the length of the text they run on.
///
/// Pack patterns run on text from pull requests. ICU, like every backtracking engine,
/// tries each way a repeated group can split its input: `(a+)+` against `aaaa…b` tries
/// 2ⁿ splits before it fails. The shape behind all such blow-ups that a pattern's text
/// shows is a *repeated group that holds an unbounded repetition*: a group quantified
/// with `*`, `+`, `{n,}` or `{n,m}` with m ≥ 2 whose body contains `*`, `+` or `{n,}`
/// (`(a+)+`, `(a*)*`, `(\w+\s?)*`, `(.*a){20}`). Such patterns are refused at load.
///
/// Not refused: possessive quantifiers (`a++`) and atomic groups (`(?>…)`), which never
/// give back what they matched, and a group repeated at most once (`(a+)?`). Overlapping
/// alternatives under a repetition (`(a|a)*`) are not detected; docs/rules.md
/// "Regular expressions" says so.
package enum RegexSafety {
    /// Why `pattern` is refused, or nil when it is accepted.
    package static func problem(in pattern: String) -> String? {
        var scanner = Scanner(Array(pattern.unicodeScalars))
        return scanner.run()
    }

    private struct Group {
        /// Where the group's `(` is, 1-based in scalars.
        var column: Int
        var atomic: Bool
        /// The unbounded quantifier found in the group's body, if any.
        var unbounded: String?
    }

    private struct Scanner {
        let scalars: [Unicode.Scalar]
        var index = 0
        var groups: [Group] = []
        /// The unbounded quantifier of the top level, for a closing group to inherit.
        var top: String?

        init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

        mutating func run() -> String? {
            while index < scalars.count {
                let scalar = scalars[index]
                switch scalar {
                case "\\":
                    skipEscape()
                    if let problem = quantifier(after: nil) { return problem }
                case "[":
                    skipClass()
                    if let problem = quantifier(after: nil) { return problem }
                case "(":
                    let column = index + 1
                    index += 1
                    var atomic = false
                    if index < scalars.count, scalars[index] == "?" {
                        atomic = index + 1 < scalars.count && scalars[index + 1] == ">"
                        if index + 1 < scalars.count, scalars[index + 1] == "#" {
                            // A comment group: skipped whole.
                            while index < scalars.count, scalars[index] != ")" { index += 1 }
                            index += 1
                            continue
                        }
                    }
                    groups.append(Group(column: column, atomic: atomic, unbounded: nil))
                case ")":
                    index += 1
                    guard let group = groups.popLast() else { continue }
                    if let problem = quantifier(after: group) { return problem }
                default:
                    index += 1
                    if let problem = quantifier(after: nil) { return problem }
                }
            }
            return nil
        }

        /// Reads the quantifier (if any) at `index`, after an atom or, when `group` is
        /// given, after that group's `)`.
        private mutating func quantifier(after group: Group?) -> String? {
            let start = index
            guard let (_, maximum) = readQuantifier() else {
                // An unquantified group passes what its body repeats on to its parent.
                if let group, !group.atomic, let inner = group.unbounded { noteUnbounded(inner) }
                return nil
            }
            let text = String(String.UnicodeScalarView(scalars[start..<index]))
            var possessive = false
            if index < scalars.count, scalars[index] == "+" {
                possessive = true
                index += 1
            } else if index < scalars.count, scalars[index] == "?" {
                index += 1  // lazy: backtracks all the same
            }
            let inner = group.flatMap { $0.atomic ? nil : $0.unbounded }
            if let group, let inner, (maximum ?? 2) >= 2 {
                return "the group at column \(group.column) is repeated by '\(text)' and itself holds '\(inner)': "
                    + "backtracking on a long text can take exponential time"
            }
            if let inner { noteUnbounded(inner) }
            if maximum == nil, !possessive { noteUnbounded(text) }
            return nil
        }

        private mutating func noteUnbounded(_ quantifier: String) {
            if groups.isEmpty {
                top = top ?? quantifier
            } else if groups[groups.count - 1].unbounded == nil {
                groups[groups.count - 1].unbounded = quantifier
            }
        }

        /// `*`, `+`, `?`, `{n}`, `{n,}`, `{n,m}` at `index`: (minimum, maximum or nil for
        /// unbounded), advancing past it; nil (not advancing) when there is none.
        private mutating func readQuantifier() -> (Int, Int?)? {
            guard index < scalars.count else { return nil }
            switch scalars[index] {
            case "*": index += 1; return (0, nil)
            case "+": index += 1; return (1, nil)
            case "?": index += 1; return (0, 1)
            case "{":
                var cursor = index + 1
                func number() -> Int? {
                    var value: Int?
                    while cursor < scalars.count, let digit = Int(String(scalars[cursor])), scalars[cursor].isASCII {
                        value = min((value ?? 0) * 10 + digit, 1_000_000)
                        cursor += 1
                    }
                    return value
                }
                guard let minimum = number() else { return nil }
                var maximum: Int? = minimum
                if cursor < scalars.count, scalars[cursor] == "," {
                    cursor += 1
                    maximum = number()
                }
                guard cursor < scalars.count, scalars[cursor] == "}" else { return nil }
                index = cursor + 1
                return (minimum, maximum)
            default:
                return nil
            }
        }

        /// Past `\x`, `\Q…\E`, `\p{…}`, `\x{…}`, `\N{…}`.
        private mutating func skipEscape() {
            index += 1
            guard index < scalars.count else { return }
            let kind = scalars[index]
            index += 1
            if kind == "Q" {
                while index + 1 < scalars.count, !(scalars[index] == "\\" && scalars[index + 1] == "E") { index += 1 }
                index = min(index + 2, scalars.count)
            } else if ["p", "P", "x", "N"].contains(kind), index < scalars.count, scalars[index] == "{" {
                while index < scalars.count, scalars[index] != "}" { index += 1 }
                index = min(index + 1, scalars.count)
            }
        }

        /// Past a character class, nested classes (`[a-z&&[^q]]`) and escapes included.
        private mutating func skipClass() {
            var depth = 0
            while index < scalars.count {
                let scalar = scalars[index]
                if scalar == "\\" {
                    skipEscape()
                    continue
                }
                index += 1
                if scalar == "[" {
                    depth += 1
                    if index < scalars.count, scalars[index] == "^" { index += 1 }
                    // A `]` first in a class is a literal.
                    if index < scalars.count, scalars[index] == "]" { index += 1 }
                } else if scalar == "]" {
                    depth -= 1
                    if depth == 0 { return }
                }
            }
        }
    }
}
