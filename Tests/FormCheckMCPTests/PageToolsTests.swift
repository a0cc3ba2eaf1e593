import Foundation
import Testing
import TestSupport
@testable import FormCheckMCP

/// The MCP tools' work without a client: configuration found from the page's path, fixes,
/// and the errors an assistant gets back as text.
@Suite struct PageToolsTests {
    static let clean = try! String(contentsOfFile: PackageRoot.path("Samples/box-jump.md"), encoding: .utf8)
    static let defect = clean.replacingOccurrences(of: "**Difficulty:** Intermediate", with: "**Difficulty:** intermediate")

    /// A project folder with a `.formcheck.yml`, removed afterwards.
    final class Project {
        let path = NSTemporaryDirectory() + "formcheck-mcp-\(UUID().uuidString)"

        init(config: String) {
            try! FileManager.default.createDirectory(atPath: path + "/content", withIntermediateDirectories: true)
            try! config.write(toFile: path + "/.formcheck.yml", atomically: true, encoding: .utf8)
        }

        deinit { try? FileManager.default.removeItem(atPath: path) }
    }

    static func findings(_ json: String) throws -> [[String: Any]] {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        return object?["findings"] as? [[String: Any]] ?? []
    }

    @Test func configurationIsFoundFromThePagesPathNotTheWorkingDirectory() throws {
        let project = Project(config: "rules:\n  difficulty-value: warning\n")
        let tools = PageTools(directory: "/")
        let inProject = try Self.findings(try tools.lintPage(text: Self.defect, path: project.path + "/content/box-jump.md"))
        #expect(inProject.map { $0["rule"] as? String } == ["difficulty-value"])
        #expect(inProject.first?["severity"] as? String == "warning")
        let relative = PageTools(directory: project.path)
        #expect(try Self.findings(try relative.lintPage(text: Self.defect, path: "content/box-jump.md")).first?["severity"] as? String == "warning")
    }

    @Test func fixGivesTheCleanTextAndADiff() throws {
        let fixed = try PageTools(directory: "/").fixPage(text: Self.defect, path: nil)
        #expect(fixed.text == Self.clean)
        #expect(fixed.applied == ["difficulty-value"])
        #expect(fixed.remaining == 0)
        #expect(fixed.diff.contains("--- <page>\n+++ <page>\n"))
        #expect(fixed.diff.contains("-- **Difficulty:** intermediate\n+- **Difficulty:** Intermediate\n"))
        #expect(try PageTools(directory: "/").fixPage(text: Self.clean, path: nil).diff == "")
    }

    @Test func brokenConfigurationIsTheToolsError() {
        let project = Project(config: "rules:\n  difficulty-valu: off\n")
        #expect {
            try PageTools(directory: project.path).lintPage(text: Self.clean, path: nil)
        } throws: { error in
            guard let failure = error as? PageTools.Failure else { return false }
            return failure.message.hasPrefix("the configuration or a pack has errors:\n")
                && failure.message.contains("no rule 'difficulty-valu' in pack 'exercise'; did you mean 'difficulty-value'?")
        }
    }

    @Test func allowedValuesAndTheirAliases() throws {
        let tools = PageTools(directory: "/")
        let values = try tools.allowedValues(field: "body part", path: nil)
        #expect(values.taxonomy == "body-part")
        #expect(values.values.first { $0.value == "Core" }?.aliases == ["Midsection"])
        #expect {
            try tools.allowedValues(field: "Colour", path: nil)
        } throws: { error in
            (error as? PageTools.Failure)?.message
                == "no rule constrains the field 'Colour' to a vocabulary; fields with one: Body Part, Equipment, Target Muscle, Secondary Muscles, Difficulty, Category"
        }
    }
}
