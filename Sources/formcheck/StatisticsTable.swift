import FormCheckKit

/// Prints `lint --statistics`: one line per rule, then a total.
enum StatisticsTable {
    static let header = ["count", "pages", "safe", "unsafe", "suggestion", "severity", "rule"]

    /// The table as text: numbers right-aligned, severity and rule left-aligned.
    static func render(_ table: RuleStatistics, linksChecked: Bool) -> String {
        let lines = table.rows.map { row in
            [
                String(row.findings), String(row.pages), String(row.fixable(.safe)), String(row.fixable(.unsafe)),
                String(row.fixable(.suggestion)), row.severities.map(\.rawValue).joined(separator: "/"), row.ruleID,
            ]
        }
        let widths = header.indices.map { column in ([header] + lines).map { $0[column].count }.max() ?? 0 }
        func format(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return column < 5 ? padding + cell : (column == cells.count - 1 ? cell : cell + padding)
            }.joined(separator: "  ")
        }
        let total = table.rows.reduce(0) { $0 + $1.findings }
        let safe = table.rows.reduce(0) { $0 + $1.fixable(.safe) }
        let unsafe = table.rows.reduce(0) { $0 + $1.fixable(.unsafe) }
        var text = table.rows.isEmpty ? "" : ([header] + lines).map(format).joined(separator: "\n") + "\n\n"
        text += "\(total) findings from \(table.rows.count) rules in \(table.filesWithFindings) of \(table.files) files"
        if table.skipped > 0 { text += " (\(table.skipped) skipped)" }
        text += "; \(safe) fixable with `formcheck fix`, \(unsafe) more with --unsafe-fixes"
        text += linksChecked ? ".\n" : "; links not checked.\n"
        return text
    }
}
