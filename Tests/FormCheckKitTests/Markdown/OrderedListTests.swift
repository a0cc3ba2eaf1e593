import Testing
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

@Suite struct OrderedListTests {
    @Test func numbersAsWritten() throws {
        let document = Fixture.parse("1. one\n2. two\n4. four\n")
        let list = try #require(document.allLists.first)
        #expect(list.ordered)
        #expect(list.items.map(\.number) == [1, 2, 4])
        #expect(spot(list.items[2].markerRange, in: document) == "3:1-3:3 4.")
        #expect(spot(list.items[2].range, in: document) == "3:1-3:8 4. four")
        #expect(list.items.map(\.text) == ["one", "two", "four"])
    }

    @Test func parenthesisDelimiter() throws {
        let document = Fixture.parse("3) three\n4) four\n")
        let list = try #require(document.allLists.first)
        #expect(list.items.map(\.number) == [3, 4])
        #expect(list.items.map { spot($0.markerRange, in: document) } == ["1:1-1:3 3)", "2:1-2:3 4)"])
    }

    @Test func bulletMarkersHaveNoNumber() throws {
        let document = Fixture.parse("  * a\n  * b\n")
        let list = try #require(document.allLists.first)
        #expect(!list.ordered)
        #expect(list.items.map(\.number) == [nil, nil])
        #expect(list.items.map { spot($0.markerRange, in: document) } == ["1:3-1:4 *", "2:3-2:4 *"])
    }

    @Test func multiDigitNumber() throws {
        let document = Fixture.parse("10. ten\n11. eleven\n")
        let list = try #require(document.allLists.first)
        #expect(list.items.map(\.number) == [10, 11])
        #expect(spot(list.items[1].markerRange, in: document) == "2:1-2:4 11.")
    }
}
