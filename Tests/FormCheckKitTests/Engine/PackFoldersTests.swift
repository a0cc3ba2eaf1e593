import Testing
@testable import FormCheckEngine

/// `formcheck init`'s choice of folders: where most pages have most of what the pack requires.
@Suite struct PackFoldersTests {
    static let requirements = ReportRequirements(sections: ["A", "B", "C"], fields: ["F"])

    @Test func aPageMatchesWithHalfOfTheRequiredSectionsAndFields() {
        #expect(PackFolders.matches(PageFacts(path: "p.md", sections: ["A"], fields: ["F"]), requirements: Self.requirements))
        #expect(!PackFolders.matches(PageFacts(path: "p.md", sections: ["A"]), requirements: Self.requirements))
        #expect(PackFolders.matches(PageFacts(path: "p.md"), requirements: ReportRequirements()))
    }

    @Test func foldersWhereMostPagesMatchBecomeGlobs() {
        let page = PageFacts(path: "", sections: ["A", "B", "C"], fields: ["F"])
        func at(_ path: String, matching: Bool = true) -> PageFacts {
            var facts = matching ? page : PageFacts(path: "")
            facts.path = path
            return facts
        }
        let pages = [
            at("./exercise/a.md"), at("./exercises/b.md"), at("./exercises/c.md"), at("./exercises/notes.md", matching: false),
            at("./docs/readme.md", matching: false), at("./half/x.md"), at("./half/y.md", matching: false),
            at("./top.md"), at("./deep/er/z.md"),
        ]
        #expect(PackFolders.includeGlobs(pages, requirements: Self.requirements) == ["*", "deep/er/*", "exercise/*", "exercises/*"])
    }
}
