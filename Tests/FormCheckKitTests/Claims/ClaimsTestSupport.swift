import Foundation
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

/// Rules whose findings hold the prose to the fields (not structure, not policy).
let claimAndConsistencyRules: Set<String> = [
    "summary-profile", "summary-profile-standard", "summary-muscles", "summary-muscles-standard",
    "summary-difficulty-mentions", "summary-equipment-mentions", "summary-muscle-mentions",
    "title-agreement", "faq-muscles", "faq-muscles-standard", "faq-beginner-yes", "faq-beginner-no",
    "claim-difficulty", "claim-target-muscle", "claim-secondary-muscles", "claim-category", "claim-body-part",
    "claim-equipment", "related-links",
]

/// A page of the seed site's shape, with the prose and fields a test gives.
func exercisePage(
    title: String, summary: String, fields: [(String, String)], muscleAnswer: String? = nil, beginnerAnswer: String? = nil,
    extraFAQ: String = ""
) -> String {
    var faq = ""
    if let muscleAnswer { faq += "### What muscles does the \(title) work?\n\n\(muscleAnswer)\n\n" }
    if let beginnerAnswer { faq += "### Is the \(title) good for beginners?\n\n\(beginnerAnswer)\n\n" }
    faq += extraFAQ
    return """
        # \(title)

        ## Quick answer

        \(summary)

        \(fields.map { "- **\($0.0):** \($0.1)" }.joined(separator: "\n"))

        ## FAQ

        \(faq)
        """
}

/// The findings of the prose rules on a page, as "line:column rule-id severity: message".
func proseFindings(_ text: String) -> [String] {
    lintText(text).filter { claimAndConsistencyRules.contains($0.ruleID) }
        .map { "\($0.range.start.line):\($0.range.start.column) \($0.ruleID) \($0.severity.rawValue): \($0.message)" }
}

/// Only the errors among them.
func proseErrors(_ text: String) -> [String] {
    lintText(text).filter { claimAndConsistencyRules.contains($0.ruleID) && $0.severity == .error }
        .map { "\($0.range.start.line):\($0.range.start.column) \($0.ruleID): \($0.message)" }
}
