import Testing
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

/// The page of issue #15 whose two FAQ answers contradict its fields, and nothing else
/// about its prose is wrong: exactly two findings from the prose rules.
@Suite struct VBarReproductionTests {
    static let page = """
        # V-Bar Pulldown

        ## Quick answer

        The V-Bar Pulldown is a strength exercise that develops the lats and biceps. Intermediate back exercise using cable. Targets lats, also works biceps, middle back and shoulders.

        - **Body Part:** Back
        - **Equipment:** Cable
        - **Target Muscle:** Lats
        - **Secondary Muscles:** Biceps, Middle Back, Shoulders
        - **Difficulty:** Intermediate
        - **Category:** Strength

        ## FAQ

        ### What muscles does the V-Bar Pulldown work?

        The V-Bar Pulldown primarily targets the glutes, with secondary activation in the biceps, middle back and shoulders. It's classified as a strength exercise for the back.

        ### Is the V-Bar Pulldown good for beginners?

        The V-Bar Pulldown is rated as an advanced-level exercise. Beginners can work up to it once they are comfortable with basic lats movements.

        """

    @Test func bothContradictionsAndNothingElse() {
        #expect(proseFindings(Self.page) == [
            "18:42 claim-target-muscle error: \"primarily targets the glutes\" claims Target Muscle Glutes; the field says Lats",
            "22:35 claim-difficulty error: \"rated as an advanced-level\" claims Difficulty Advanced; the field says Intermediate",
        ])
    }

    @Test func theClaimPointsAtTheField() throws {
        let finding = try #require(lintText(Self.page).first { $0.ruleID == "claim-difficulty" })
        #expect(finding.related.map(\.message) == ["Difficulty is set here"])
        #expect(finding.related.first?.range.start.line == 11)
        // Not a standard sentence ("No, the … is rated as …"): no fix from the field.
        #expect(finding.fix == nil)
    }

    @Test func theMissingSectionsAreStillReported() {
        let ids = Set(lintText(Self.page).map(\.ruleID))
        #expect(ids.contains("required-sections"))
    }
}
