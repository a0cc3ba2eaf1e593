import Foundation
import Testing

/// Rule ids FormCheck reports itself (`links/*`, `invalid-utf8`…) are explained too.
@Suite(.enabled(if: FormcheckProcess.binary != nil, "needs the built formcheck binary"))
struct EngineRulesCLITests {
    @Test func explainKnowsEngineRuleIds() throws {
        let cli = try FormcheckProcess()
        defer { cli.remove() }
        let broken = try cli.run(["rules", "explain", "links/broken"])
        #expect(broken.status == 0)
        #expect(broken.stdout.hasPrefix("links/broken  (reported by FormCheck itself, not by a pack rule)\n\nA link whose target does not exist"))
        let typo = try cli.run(["rules", "explain", "links/brokn"])
        #expect(typo.status == 2)
        #expect(typo.stderr.contains("no rule 'links/brokn' in pack 'exercise'; did you mean 'links/broken'?"))
    }

    @Test func listNamesThem() throws {
        let cli = try FormcheckProcess()
        defer { cli.remove() }
        let list = try cli.run(["rules", "list"])
        #expect(list.status == 0)
        #expect(list.stdout.contains("reported by FormCheck itself: front-matter, invalid-utf8, links/broken, links/error, links/fragment, links/redirect-loop, links/refused, links/timeout, nul-byte, too-deep, unused-suppression"))
    }
}
