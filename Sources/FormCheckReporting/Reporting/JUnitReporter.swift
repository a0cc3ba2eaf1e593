import Foundation

/// JUnit XML as GitLab, Jenkins and GitHub test reporters read it: one `<testsuite>` per
/// file, one `<testcase>` per rule checked (named by rule id), and a `<failure>` holding
/// every finding of that rule in that file, with its location.
public struct JUnitReporter: Reporter {
    public var context: ReportContext

    public init(context: ReportContext = ReportContext()) {
        self.context = context
    }

    public func report(_ result: LintResult) -> String {
        let rules = context.rules(covering: result.diagnostics)
        let totalFailures = result.files.reduce(0) { $0 + Set($1.diagnostics.map(\.ruleID)).count }
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<testsuites name="formcheck" tests="\#(rules.count * result.files.count)" failures="\#(totalFailures)" time="\#(seconds(result.duration))">"#,
        ]
        for file in result.files {
            let byRule = Dictionary(grouping: file.diagnostics, by: \.ruleID)
            let path = Self.escape(file.path)
            lines.append(#"  <testsuite name="\#(path)" tests="\#(rules.count)" failures="\#(byRule.count)" errors="0" skipped="0">"#)
            for rule in rules {
                let testcase = #"    <testcase name="\#(Self.escape(rule.id))" classname="\#(path)""#
                guard let findings = byRule[rule.id] else {
                    lines.append(testcase + "/>")
                    continue
                }
                let first = findings[0]
                let summary = findings.count == 1 ? first.message : "\(first.message) (and \(findings.count - 1) more)"
                lines.append(testcase + ">")
                lines.append(#"      <failure type="\#(first.severity.rawValue)" message="\#(Self.escape(summary))">"#)
                for finding in findings {
                    let location = "\(finding.path):\(finding.range.start.line):\(finding.range.start.column)"
                    lines.append(Self.escape("\(location): \(finding.severity.rawValue): \(finding.message)"))
                }
                lines.append("      </failure>")
                lines.append("    </testcase>")
            }
            lines.append("  </testsuite>")
        }
        lines.append("</testsuites>")
        return lines.joined(separator: "\n") + "\n"
    }

    private func seconds(_ duration: Double) -> String { String(format: "%.3f", duration) }

    static func escape(_ text: String) -> String { MarkupEscaping.escape(text, keepingLineBreaks: true) }
}
