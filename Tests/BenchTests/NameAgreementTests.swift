import Testing
@testable import formcheck_bench

/// Catalog fields are brought into agreement with the exercise's name, by the built-in
/// pack's taxonomy.
@Suite struct NameAgreementTests {
    private func exercise(_ name: String, equipment: String = "Machine", target: String = "Abs") -> Exercise {
        Exercise(
            name: name, bodyPart: "Core", equipment: equipment, targetMuscle: target, secondaryMuscles: [],
            difficulty: "Beginner", category: "Strength", instructions: [])
    }

    @Test func theEquipmentTheNameNamesWinsLongestFirst() throws {
        let agreement = try #require(NameAgreement.builtin)
        #expect(agreement.reconcile(exercise("Smith Machine Squat"))?.equipment == "Smith Machine")
        #expect(agreement.reconcile(exercise("Bodyweight Walking Lunge", equipment: "Other"))?.equipment == "Body Weight")
        #expect(agreement.reconcile(exercise("Sit-Up"))?.equipment == "Machine")
    }

    @Test func musclesTheNameNamesBecomeSecondaryAndTheLevelIsTaken() throws {
        let agreement = try #require(NameAgreement.builtin)
        let crunch = try #require(agreement.reconcile(exercise("Advanced Oblique Crunch")))
        #expect(crunch.secondaryMuscles == ["Obliques"])
        #expect(crunch.difficulty == "Advanced")
        #expect(agreement.reconcile(exercise("Ab Crunch"))?.secondaryMuscles == [])
    }

    @Test func aNameWithTwoEquipmentsHasNoAgreeingFields() throws {
        let agreement = try #require(NameAgreement.builtin)
        #expect(agreement.reconcile(exercise("Close-Grip EZ-Bar Curl with Band")) == nil)
    }
}
