import Foundation

/// The medians of one page count.
struct ReportRow {
    var pages: Int
    var bytes: Int
    var samples: [Mode: Sample]
}

/// Prints the table: per size and mode, wall time, pages/s, MB/s, peak RSS and the ratio
/// to cmark-gfm alone and to FormCheck's own parse.
struct Report {
    var rows: [ReportRow]

    var text: String {
        var lines = [
            pad("pages", 7) + pad("mode", 28) + pad("wall s", 9) + pad("pages/s", 10) + pad("MB/s", 8)
                + pad("peak RSS", 10) + pad("÷cmark", 8) + pad("÷parse", 8) + "findings"
        ]
        for row in rows {
            let cmark = row.samples[.cmark]?.seconds
            let parse = row.samples[.parse]?.seconds
            for mode in Mode.allCases {
                guard let sample = row.samples[mode] else { continue }
                lines.append(
                    pad("\(row.pages)", 7) + pad(mode.label, 28) + pad(fixed(sample.seconds, 3), 9)
                        + pad(fixed(Double(row.pages) / sample.seconds, 0), 10)
                        + pad(fixed(Double(row.bytes) / 1_048_576 / sample.seconds, 1), 8)
                        + pad(fixed(Double(sample.peakKiB) / 1024, 1) + " MB", 10)
                        + pad(ratio(sample.seconds, cmark), 8) + pad(ratio(sample.seconds, parse), 8)
                        + "\(sample.diagnostics)")
            }
        }
        lines.append("")
        lines.append("Target: full lint (seq) within 3× of parse-only (seq); peak RSS flat as pages grow.")
        for row in rows {
            guard let lint = row.samples[.lintSequential]?.seconds, let parse = row.samples[.parse]?.seconds,
                let cmark = row.samples[.cmark]?.seconds
            else { continue }
            let verdict = lint / parse <= 3 ? "within" : "NOT within"
            lines.append(
                "\(row.pages) pages: lint/parse \(fixed(lint / parse, 2))×, lint/cmark \(fixed(lint / cmark, 2))× — \(verdict) 3× of parse-only")
        }
        return lines.joined(separator: "\n")
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }

    private func fixed(_ value: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", value) }

    private func ratio(_ value: Double, _ base: Double?) -> String {
        guard let base, base > 0 else { return "-" }
        return fixed(value / base, 2) + "×"
    }
}
