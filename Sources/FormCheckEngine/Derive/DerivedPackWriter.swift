/// Writes a derived pack's YAML: header, fields, taxonomy, rules, then notes as comments.
struct DerivedPackWriter {
    var name: String
    var pages: Int
    /// Rules made warnings, with how many of the pages they gave an error.
    var demoted: [String: Int] = [:]
    private var fieldLines: [String] = []
    private var taxonomyLines: [String] = []
    private var ruleLines: [String] = []
    private var notes: [String] = []

    init(name: String, pages: Int) {
        self.name = name
        self.pages = pages
    }

    mutating func fields(section: String?, frontMatter: Bool, names: [String]) {
        var from: [String] = []
        if let section { from.append("section: \(yaml(section))") }
        from.append("front-matter: \(frontMatter)")
        fieldLines = ["fields:", "  from: { \(from.joined(separator: ", ")) }", "  names: [\(names.map(yaml).joined(separator: ", "))]"]
    }

    mutating func taxonomy(_ name: String, comment: String, values: [(String, Int)]) {
        taxonomyLines.append("  \(name):   # \(comment)")
        for (value, count) in values { taxonomyLines.append("    - \(yaml(value))   # \(count)") }
    }

    mutating func rule(id: String, comment: String, lines: [String]) {
        ruleLines.append("  # \(comment)")
        ruleLines.append("  - id: \(id)")
        ruleLines += lines.map { "    " + $0 }
        if let failing = demoted[id] {
            ruleLines.append("    severity: warning   # as an error it failed \(failing) of \(pages) pages")
        }
        ruleLines.append("")
    }

    mutating func note(_ text: String) { notes.append(text) }

    func text() -> String {
        var lines = [
            "# A starter pack derived by `formcheck derive` from \(pages) pages: review it before use.",
            "# Each rule says how many of the pages show what it checks.",
            "pack: \(yaml(name))",
            "description: \(yaml("Derived from \(pages) exemplary pages"))",
        ]
        lines += fieldLines
        if !taxonomyLines.isEmpty { lines += ["taxonomy:"] + taxonomyLines }
        lines += ["rules:"] + (ruleLines.isEmpty ? ["  []"] : ruleLines)
        if !notes.isEmpty { lines += ["# Observed, no rule (review):"] + notes.map { "#   " + $0 } }
        return lines.joined(separator: "\n") + "\n"
    }
}
