import Testing

/// The test helper itself: markers are removed and located in scalar columns.
@Suite struct MarkedTextTests {
    @Test func markersAreStrippedAndLocated() {
        let marked = MarkedText("↓# A\n\nLift 💪🏽 深蹲 ↓very.\n↓")
        #expect(marked.text == "# A\n\nLift 💪🏽 深蹲 very.\n")
        // 💪🏽 is two scalars; 深蹲 two more.
        #expect(marked.markers.map(\.description) == ["1:1", "3:12", "4:1"])
    }
}
