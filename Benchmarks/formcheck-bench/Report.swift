import Foundation

/// The medians of one page count.
struct ReportRow {
    var pages: Int
    var bytes: Int
    var samples: [Mode: Sample]
}

/// Prints the table: per size and mode, wall and CPU time, pages/s and MB/s (wall),
/// peak RSS, and the CPU-time ratio to cmark-gfm alone and to FormCheck's own parse.
struct Report {
    var rows: [ReportRow]

    var text: String {
        var lines = [
            pad("pages", 7) + pad("mode", 28) + pad("wall s", 8) + pad("cpu s", 8) + pad("pages/s", 9) + pad("MB/s", 7)
                + pad("peak RSS", 10) + pad("+work", 8) + pad("÷cmark", 8) + pad("÷parse", 8) + "findings"
        ]
        for row in rows {
            let cmark = row.samples[.cmark]?.cpuSeconds
            let parse = row.samples[.parse]?.cpuSeconds
            for mode in Mode.allCases {
                guard let sample = row.samples[mode] else { continue }
                lines.append(
                    pad("\(row.pages)", 7) + pad(mode.label, 28) + pad(fixed(sample.seconds, 3), 8)
                        + pad(fixed(sample.cpuSeconds, 3), 8) + pad(fixed(Double(row.pages) / sample.seconds, 0), 9)
                        + pad(fixed(Double(row.bytes) / 1_048_576 / sample.seconds, 1), 7)
                        + pad(fixed(Double(sample.peakKiB) / 1024, 1) + " MB", 10)
                        + pad(fixed(Double(max(0, sample.peakKiB - sample.startKiB)) / 1024, 1), 8)
                        + pad(ratio(sample.cpuSeconds, cmark), 8) + pad(ratio(sample.cpuSeconds, parse), 8)
                        + "\(sample.diagnostics)")
            }
        }
        lines += [
            "",
            "pages/s and MB/s use wall time; ratios use CPU time (user + system), which a busy machine disturbs less.",
            "+work: MB the measured work added to the resident set (peak minus RSS after listing files and loading the pack).",
            "Target: full lint within 3× of parse-only; peak RSS flat as pages grow.",
        ]
        for row in rows {
            guard let lint = row.samples[.lintSequential], let parse = row.samples[.parse], let cmark = row.samples[.cmark]
            else { continue }
            var line = "\(row.pages) pages: full lint (seq) ÷ MarkdownParser.parse \(verdict(lint.cpuSeconds, parse.cpuSeconds)), "
            line += "÷ cmark-gfm alone \(verdict(lint.cpuSeconds, cmark.cpuSeconds))"
            if let parallel = row.samples[.lintParallel] {
                line += "; parallel lint used \(fixed(parallel.cpuSeconds / parallel.seconds, 2)) cores"
            }
            lines.append(line)
            if let parallel = row.samples[.lintParallel], let pass = row.samples[.catalogPass], parallel.cpuSeconds > 0 {
                let share = pass.cpuSeconds / parallel.cpuSeconds
                lines.append(
                    "\(row.pages) pages: catalog pass \(fixed(pass.cpuSeconds, 3)) s CPU (\(fixed(pass.seconds, 3)) s wall) = "
                        + "\(fixed(share * 100, 1))% of the parallel lint's CPU (target under 10%: \(share < 0.1 ? "met" : "NOT met")); "
                        + "\(pass.diagnostics) catalog findings")
            }
            if let parallel = row.samples[.lintParallel] {
                lines.append(
                    "\(row.pages) pages: full lint (parallel) ÷ cmark-gfm alone (seq): wall "
                        + "\(fixed(parallel.seconds / cmark.seconds, 2))× (target ≤ 3×), CPU \(fixed(parallel.cpuSeconds / cmark.cpuSeconds, 2))×")
            }
            if let cold = row.samples[.lintCold], let cached = row.samples[.lintCached] {
                lines.append(
                    "\(row.pages) pages: cached rerun ÷ cold run: wall \(fixed(100 * cached.seconds / cold.seconds, 1))% "
                        + "(target ≤ 15%), CPU \(fixed(100 * cached.cpuSeconds / cold.cpuSeconds, 1))%; same findings: "
                        + (cached.diagnostics == cold.diagnostics ? "yes" : "NO (\(cached.diagnostics) vs \(cold.diagnostics))"))
            }
        }
        if let first = rows.first?.samples[.lintParallel], let last = rows.last?.samples[.lintParallel], rows.count > 1 {
            lines.append(
                "Parallel lint: peak RSS \(fixed(Double(first.peakKiB) / 1024, 1)) MB at \(rows.first!.pages) pages, "
                    + "\(fixed(Double(last.peakKiB) / 1024, 1)) MB at \(rows.last!.pages) pages; the lint itself added "
                    + "\(fixed(Double(max(0, first.peakKiB - first.startKiB)) / 1024, 1)) MB and \(fixed(Double(max(0, last.peakKiB - last.startKiB)) / 1024, 1)) MB.")
        }
        return lines.joined(separator: "\n")
    }

    private func verdict(_ value: Double, _ base: Double) -> String {
        guard base > 0 else { return "-" }
        return fixed(value / base, 2) + "× (" + (value / base <= 3 ? "within 3×" : "NOT within 3×") + ")"
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
