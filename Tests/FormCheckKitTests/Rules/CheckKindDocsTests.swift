import Foundation
import Testing
import TestSupport
@testable import FormCheckRules

/// Every check kind that `CheckRegistry` declares is documented, with every key it reads:
/// the declaration is the one list, and the docs must follow it. A kind is documented
/// under a heading that names it in backticks (`### \`sections\`` or "## `faq`") in
/// docs/rules.md (after its "## Check kinds", since pack keys share names with kinds),
/// docs/templates-and-consistency.md or docs/page-types.md; each of its keys must appear in backticks inside
/// that heading's section.
@Suite struct CheckKindDocsTests {
    /// Each document, and the line its check kinds start after (nil: the whole document).
    static let documents: [(path: String, after: String?)] = [
        ("docs/rules.md", "## Check kinds"), ("docs/templates-and-consistency.md", nil), ("docs/page-types.md", nil),
    ]

    /// The text under the first heading (level 2 or 3) that names `kind` in backticks, up
    /// to the next heading of the same or a higher level.
    static func section(of kind: String) -> String? {
        for document in documents {
            guard let text = try? String(contentsOfFile: PackageRoot.path(document.path), encoding: .utf8) else { continue }
            var lines = text.components(separatedBy: "\n")
            if let after = document.after, let first = lines.firstIndex(of: after) { lines = Array(lines[first...]) }
            guard let start = lines.firstIndex(where: { line in
                (line.hasPrefix("## ") || line.hasPrefix("### ")) && line.contains("`\(kind)`")
            }) else { continue }
            let level = lines[start].prefix { $0 == "#" }.count
            let end = lines[(start + 1)...].firstIndex { line in
                let hashes = line.prefix { $0 == "#" }.count
                return hashes > 0 && hashes <= level && line.dropFirst(hashes).hasPrefix(" ")
            } ?? lines.endIndex
            return lines[start..<end].joined(separator: "\n")
        }
        return nil
    }

    @Test(arguments: CheckRegistry.kinds.map(\.name))
    func everyKeyOfTheKindIsDocumented(kind: String) throws {
        let section = try #require(Self.section(of: kind), "no heading names `\(kind)` in \(Self.documents.map(\.path).joined(separator: " or "))")
        let keys = CheckRegistry.kind(named: kind)?.keys.map(\.name) ?? []
        // Written alone (`min`) or with a value (`of: title`).
        let missing = keys.filter { !section.contains("`\($0)`") && !section.contains("`\($0):") }
        #expect(missing.isEmpty, "`\(kind)` reads keys its documentation does not name: \(missing)")
    }
}
