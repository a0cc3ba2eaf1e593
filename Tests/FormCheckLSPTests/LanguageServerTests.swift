import Foundation
import Testing
@testable import FormCheckLSP

/// The server end to end in memory: what an editor sends, what it gets back.
@Suite struct LanguageServerTests {
    static let uri = "file:///nowhere/formcheck-lsp-test/box-jump.md"
    static let clean = SamplePage.text
    static let defect = clean.replacingOccurrences(of: "**Difficulty:** Intermediate", with: "**Difficulty:** intermediate")

    @Test func cleanPageThenAnUnsavedDefect() {
        let harness = ServerHarness()
        harness.open(Self.uri, Self.clean)
        #expect(ServerHarness.diagnostics(for: Self.uri, in: harness.take())?.isEmpty == true)
        harness.change(Self.uri, Self.defect, version: 2)
        let diagnostics = ServerHarness.diagnostics(for: Self.uri, in: harness.take()) ?? []
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?["code"] as? String == "difficulty-value")
        #expect(diagnostics.first?["severity"] as? Int == 1)
        #expect(diagnostics.first?["source"] as? String == "formcheck")
        #expect(diagnostics.first?["message"] as? String == #"Difficulty is "intermediate"; write it "Intermediate""#)
        #expect(ServerHarness.range(diagnostics.first?["range"]) == [10, 18, 10, 30])
    }

    @Test func columnsCountUTF16UnitsAfterEmojiAndCJK() throws {
        let prefix = "💪 The box jump 伸展 is an explosive lower-body exercise"
        let text = Self.clean
            .replacingOccurrences(of: "The box jump is an explosive lower-body exercise", with: prefix)
            .replacingOccurrences(of: "Intermediate legs exercise", with: "Advanced legs exercise")
        let harness = ServerHarness()
        harness.open(Self.uri, text)
        let diagnostics = ServerHarness.diagnostics(for: Self.uri, in: harness.take()) ?? []
        let finding = try #require(diagnostics.first { $0["code"] as? String == "summary-profile" })
        let line = try #require(text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("💪") })
        let lineText = text.split(separator: "\n", omittingEmptySubsequences: false)[line]
        let before = lineText[..<lineText.range(of: "Advanced")!.lowerBound]
        // "💪" is 2 UTF-16 units (1 scalar), each CJK character 1: the column is not the scalar count.
        #expect(before.utf16.count == before.unicodeScalars.count + 1)
        #expect(ServerHarness.range(finding["range"]) == [line, before.utf16.count, line, before.utf16.count + "Advanced".utf16.count])
        let related = try #require((finding["relatedInformation"] as? [[String: Any]])?.first)
        #expect(related["message"] as? String == "Difficulty is set here")
    }

    @Test func quickFixAndFixAllGiveTheCleanPageByteForByte() throws {
        let harness = ServerHarness()
        harness.open(Self.uri, Self.defect)
        let actions = try #require(harness.request("textDocument/codeAction", [
            "textDocument": ["uri": Self.uri],
            "range": ["start": ["line": 10, "character": 20], "end": ["line": 10, "character": 20]],
            "context": ["diagnostics": [Any]()],
        ])?["result"] as? [[String: Any]])
        #expect(actions.map { $0["title"] as? String } == [
            #"Safe fix: replace "intermediate" with "Intermediate""#, "Disable difficulty-value for this line", "Fix all in file (safe fixes only)",
        ])
        for action in [actions[0], actions[2]] {
            let edits = try #require(((action["edit"] as? [String: Any])?["changes"] as? [String: [[String: Any]]])?[Self.uri])
            #expect(ServerHarness.apply(edits, to: Self.defect) == Self.clean)
        }
        #expect(actions[0]["kind"] as? String == "quickfix")
        #expect(actions[0]["isPreferred"] as? Bool == true)
        #expect(actions[2]["kind"] as? String == "source.fixAll.formcheck")
    }

    @Test func disablingTheRuleForTheLineSilencesItAndNothingElse() throws {
        let harness = ServerHarness()
        harness.open(Self.uri, Self.defect)
        let actions = try #require(harness.request("textDocument/codeAction", [
            "textDocument": ["uri": Self.uri],
            "range": ["start": ["line": 10, "character": 18], "end": ["line": 10, "character": 30]],
            "context": ["diagnostics": [Any]()],
        ])?["result"] as? [[String: Any]])
        let disable = try #require(actions.first { ($0["title"] as? String)?.hasPrefix("Disable") == true })
        let edits = try #require(((disable["edit"] as? [String: Any])?["changes"] as? [String: [[String: Any]]])?[Self.uri])
        let disabled = ServerHarness.apply(edits, to: Self.defect)
        #expect(disabled.contains("<!-- formcheck-disable-next-line difficulty-value -->\n- **Difficulty:** intermediate\n"))
        _ = harness.take()
        harness.change(Self.uri, disabled, version: 2)
        #expect(ServerHarness.diagnostics(for: Self.uri, in: harness.take())?.isEmpty == true)
    }

    @Test func hoverExplainsTheRuleOnAFindingAndListsValuesOnAFieldName() throws {
        let harness = ServerHarness()
        harness.open(Self.uri, Self.defect)
        let onFinding = try #require(harness.request("textDocument/hover", [
            "textDocument": ["uri": Self.uri], "position": ["line": 10, "character": 22],
        ])?["result"] as? [String: Any])
        let findingText = try #require((onFinding["contents"] as? [String: Any])?["value"] as? String)
        #expect(findingText.hasPrefix(#"**difficulty-value** (error): Difficulty is "intermediate"; write it "Intermediate""#))
        #expect(findingText.contains("difficulty-value  (fields, error)"))
        let onField = try #require(harness.request("textDocument/hover", [
            "textDocument": ["uri": Self.uri], "position": ["line": 10, "character": 6],
        ])?["result"] as? [String: Any])
        #expect((onField["contents"] as? [String: Any])?["value"] as? String
            == "**Difficulty** allows one of (taxonomy `difficulty`):\n\n- Beginner\n- Intermediate\n- Advanced")
        #expect(ServerHarness.range(onField["range"]) == [10, 4, 10, 14])
    }

    @Test func completionOffersAllowedValuesAndMissingSections() throws {
        let harness = ServerHarness()
        let text = Self.clean.replacingOccurrences(of: "**Difficulty:** Intermediate", with: "**Difficulty:** Int")
            .replacingOccurrences(of: "## Pro tips", with: "## ")
        harness.open(Self.uri, text)
        let values = try #require((harness.request("textDocument/completion", [
            "textDocument": ["uri": Self.uri], "position": ["line": 10, "character": 21],
        ])?["result"] as? [String: Any])?["items"] as? [[String: Any]])
        #expect(values.map { $0["label"] as? String } == ["Beginner", "Intermediate", "Advanced"])
        #expect(ServerHarness.range((values.first?["textEdit"] as? [String: Any])?["range"]) == [10, 18, 10, 21])
        let line = try #require(text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex(of: "## "))
        let sections = try #require((harness.request("textDocument/completion", [
            "textDocument": ["uri": Self.uri], "position": ["line": line, "character": 3],
        ])?["result"] as? [String: Any])?["items"] as? [[String: Any]])
        #expect(sections.map { $0["label"] as? String } == ["Pro tips"])
    }

    @Test func brokenConfigIsOneDiagnosticOnItAndAFixedOneReloads() throws {
        let folder = TemporaryFolder()
        folder.write(".formcheck.yml", "rules:\n  difficulty-valu: off\n")
        folder.write("content/box-jump.md", Self.defect)
        let page = folder.uri("content/box-jump.md"), config = folder.uri(".formcheck.yml")
        let harness = ServerHarness()
        harness.open(page, Self.defect)
        var sent = harness.take()
        let configDiagnostics = try #require(ServerHarness.diagnostics(for: config, in: sent))
        #expect(configDiagnostics.count == 1)
        #expect(configDiagnostics.first?["code"] as? String == "config")
        #expect((configDiagnostics.first?["message"] as? String)?.hasPrefix("no rule 'difficulty-valu' in pack 'exercise'; did you mean 'difficulty-value'?") == true)
        #expect(ServerHarness.range(configDiagnostics.first?["range"]) == [1, 2, 1, 17])
        #expect(ServerHarness.diagnostics(for: page, in: sent)?.isEmpty == true)

        folder.write(".formcheck.yml", "rules:\n  difficulty-value: warning\n")
        harness.notify("workspace/didChangeWatchedFiles", ["changes": [["uri": config, "type": 2]]])
        sent = harness.take()
        #expect(ServerHarness.diagnostics(for: config, in: sent)?.isEmpty == true)
        let pageDiagnostics = ServerHarness.diagnostics(for: page, in: sent) ?? []
        #expect(pageDiagnostics.map { $0["code"] as? String } == ["difficulty-value"])
        #expect(pageDiagnostics.first?["severity"] as? Int == 2)   // the config's override
    }

    @Test func configChangedOnDiskIsReadOnTheNextChange() throws {
        let folder = TemporaryFolder()
        folder.write(".formcheck.yml", "rules:\n  difficulty-value: warning\n")
        let page = folder.uri("box-jump.md")
        let harness = ServerHarness()
        harness.open(page, Self.defect)
        #expect(ServerHarness.diagnostics(for: page, in: harness.take())?.first?["severity"] as? Int == 2)
        folder.write(".formcheck.yml", "rules:\n  difficulty-value: info\n")
        harness.change(page, Self.defect + "\n", version: 2)
        #expect(ServerHarness.diagnostics(for: page, in: harness.take())?.first?["severity"] as? Int == 3)
    }

    @Test func lifecycleAndBadMessages() {
        let harness = ServerHarness(initialize: false)
        #expect((harness.request("textDocument/hover", [String: Any]())?["error"] as? [String: Any])?["code"] as? Int == -32002)
        #expect(harness.request("initialize", ["capabilities": [String: Any]()])?["result"] != nil)
        #expect((harness.request("workspace/symbol", [String: Any]())?["error"] as? [String: Any])?["code"] as? Int == -32601)
        #expect((harness.request("textDocument/hover", ["textDocument": 3])?["error"] as? [String: Any])?["code"] as? Int == -32602)
        harness.server.receive(MessageFramer.frame(Array("{not json".utf8)))
        let parseError = harness.take().last
        #expect((parseError?["error"] as? [String: Any])?["code"] as? Int == -32700)
        #expect(parseError?["id"] is NSNull)
        let shutdown = harness.request("shutdown", NSNull())
        #expect(shutdown?["result"] is NSNull)
        #expect(harness.server.exitCode == nil)
        harness.notify("exit", NSNull())
        #expect(harness.server.exitCode == 0)
    }

    @Test func exitWithoutShutdownIsCodeOne() {
        let harness = ServerHarness()
        harness.notify("exit", NSNull())
        #expect(harness.server.exitCode == 1)
        #expect(ServerHarness(initialize: true).server.endOfInput() == 1)
    }
}

/// A pack of the project's own: the rule's `link:` becomes the diagnostic's
/// `codeDescription`, and its vocabulary drives hover and completion.
@Suite struct ProjectPackTests {
    static let pack = """
        pack: recipes
        fields:
          from: { section: Summary }
          names: [Course]
        taxonomy:
          course:
            - Starter
            - { value: Main, aliases: [Entree] }
        rules:
          - id: course-value
            check: fields
            field: Course
            enum: course
            link: https://example.com/rules/course-value
        """

    @Test func ruleLinkIsTheCodeDescriptionAndAliasesAreShown() throws {
        let folder = TemporaryFolder()
        folder.write("recipes.yml", Self.pack)
        folder.write(".formcheck.yml", "extends: [recipes.yml]\n")
        let page = folder.uri("soup.md")
        let text = "# Soup\n\n## Summary\n\n- **Course:** entree\n"
        let harness = ServerHarness()
        harness.open(page, text)
        let diagnostics = try #require(ServerHarness.diagnostics(for: page, in: harness.take()))
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?["code"] as? String == "course-value")
        #expect((diagnostics.first?["codeDescription"] as? [String: Any])?["href"] as? String == "https://example.com/rules/course-value")
        #expect(ServerHarness.range(diagnostics.first?["range"]) == [4, 14, 4, 20])
        let hover = try #require(harness.request("textDocument/hover", [
            "textDocument": ["uri": page], "position": ["line": 4, "character": 5],
        ])?["result"] as? [String: Any])
        #expect((hover["contents"] as? [String: Any])?["value"] as? String
            == "**Course** allows one of (taxonomy `course`):\n\n- Starter\n- Main (also written: Entree)")
    }

    @Test func clientThatWatchesFilesIsAskedToWatchRuleFiles() throws {
        let harness = ServerHarness(initialize: false)
        _ = harness.request("initialize", ["capabilities": ["workspace": ["didChangeWatchedFiles": ["dynamicRegistration": true]]]])
        harness.notify("initialized", [String: Any]())
        let registration = try #require(harness.take().first { $0["method"] as? String == "client/registerCapability" })
        let registrations = (registration["params"] as? [String: Any])?["registrations"] as? [[String: Any]]
        #expect(registrations?.first?["method"] as? String == "workspace/didChangeWatchedFiles")
        let watchers = (registrations?.first?["registerOptions"] as? [String: Any])?["watchers"] as? [[String: Any]]
        #expect(watchers?.first?["globPattern"] as? String == "**/*.{yml,yaml}")
    }
}

extension LanguageServerTests {
    @Test func onlyTheKindsAskedForAreGiven() throws {
        let harness = ServerHarness()
        harness.open(Self.uri, Self.defect)
        func titles(only: [String]) throws -> [String?] {
            let actions = try #require(harness.request("textDocument/codeAction", [
                "textDocument": ["uri": Self.uri],
                "range": ["start": ["line": 10, "character": 20], "end": ["line": 10, "character": 20]],
                "context": ["diagnostics": [Any](), "only": only],
            ])?["result"] as? [[String: Any]])
            return actions.map { $0["title"] as? String }
        }
        #expect(try titles(only: ["source.fixAll"]) == ["Fix all in file (safe fixes only)"])
        #expect(try titles(only: ["quickfix"]) == [#"Safe fix: replace "intermediate" with "Intermediate""#, "Disable difficulty-value for this line"])
    }
}
