extension CatalogReport {
    /// A short Markdown summary (for a pull request comment or a wiki): headline, top rules,
    /// weakest completeness, the weakest group of each field, links and the pages to fix.
    public func markdown(limit: Int = 10) -> String {
        let deltas = Dictionary((trend?.summary ?? []).map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        func change(_ key: String) -> String {
            guard let delta = deltas[key]?.delta else { return "" }
            return delta == 0 ? " (±0)" : " (\(delta > 0 ? "+" : "−")\(SVGCharts.fmt(abs(delta))))"
        }
        var lines = [
            "# Content-quality report",
            "",
            "| pages | score | clean | errors | warnings | dead links |",
            "|---:|---:|---:|---:|---:|---:|",
            "| \(summary.pages)\(change("pages")) | \(SVGCharts.fmt(summary.score))\(change("score")) | \(summary.cleanPages)\(change("cleanPages")) "
                + "| \(summary.errors)\(change("errors")) | \(summary.warnings)\(change("warnings")) | \(summary.deadLinks)\(change("deadLinks")) |",
        ]
        if !rules.isEmpty {
            lines += ["", "## Findings by rule", "", "| rule | severity | findings | pages |", "|---|---|---:|---:|"]
            lines += rules.prefix(limit).map { "| `\(cell($0.id))` | \($0.severity.rawValue) | \($0.findings) | \($0.pages) |" }
            if rules.count > limit { lines.append("| … \(rules.count - limit) more | | | |") }
        }
        let coverage = completeness.sections.map { ("section", $0) } + completeness.fields.map { ("field", $0) }
        let incomplete = coverage.filter { $0.1.share < 1 }.sorted { $0.1.share < $1.1.share }
        if !incomplete.isEmpty {
            lines += ["", "## Incomplete", ""]
            lines += incomplete.map { kind, item in "- \(kind) **\(cell(item.name))**: \(SVGCharts.fmt(item.share * 100))% of pages (\(item.pages))" }
        }
        if !groups.isEmpty {
            lines += ["", "## Weakest groups", ""]
            for group in groups {
                guard let weakest = group.values.min(by: { ($0.score, $0.value) < ($1.score, $1.value) }) else { continue }
                lines.append("- \(cell(group.field)): **\(cell(weakest.value))** scores \(SVGCharts.fmt(weakest.score)) over \(weakest.pages) pages")
            }
        }
        lines += ["", "## Links", "", links.checked == false
            ? "\(links.unique) unique links; links not checked (`--links skip`)."
            : "\(links.unique) unique links, \(links.broken) not working (\(links.brokenOccurrences) uses)."]
        if !pagesToFix.isEmpty {
            lines += ["", "## Pages to fix first", "", "| score | page | errors | warnings |", "|---:|---|---:|---:|"]
            lines += pagesToFix.prefix(limit).map { "| \($0.score) | `\(cell($0.path))` | \($0.errors) | \($0.warnings) |" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Text safe in a Markdown table cell: `|` escaped, line breaks as spaces, backticks dropped.
    private func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "`", with: "'")
            .split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
