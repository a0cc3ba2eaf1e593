import Foundation
import Testing
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

@Suite struct YAMLNodeAccessorTests {
    static let text = """
        name: Plank
        levels: [yes, no, on, maybe]
        quoted: 'yes'
        flags: {on: true, off: False}
        count: 0x1F
        ratio: 2.5e-1
        negative: -1_000
        infinite: -.inf
        pattern: '^[A-Z].*\\.$'
        broken: 'a(b'
        tags: [one, two]
        tag: solo
        none:
        nested: [[a]]
        """

    let root: YAMLNode

    init() throws {
        root = try #require(try parseYAML(Self.text, path: "rules/pack.yml"))
    }

    func node(_ key: String) throws -> YAMLNode { try #require(root[key]) }

    @Test func yesAndNoStayStringsUntilAskedForABool() throws {
        let levels = try node("levels").sequence()
        #expect(try levels.map { try $0.string() } == ["yes", "no", "on", "maybe"])
        #expect(try levels.prefix(3).map { try $0.bool() } == [true, false, true])
        #expect(caught { try levels[3].bool() }?.description
            == "rules/pack.yml:2:23: error: expected true or false, found the string 'maybe'")
        #expect(try node("flags")["on"]?.bool() == true)
        #expect(try node("flags")["off"]?.bool() == false)
    }

    @Test func quotedYesIsNotABool() throws {
        #expect(try node("quoted").string() == "yes")
        #expect(caught { try node("quoted").bool() }?.description
            == "rules/pack.yml:3:9: error: expected true or false, found the quoted string 'yes'")
    }

    @Test func numbers() throws {
        #expect(try node("count").int() == 31)
        #expect(try node("negative").int() == -1000)
        #expect(try node("ratio").double() == 0.25)
        #expect(try node("count").double() == 31)
        #expect(try node("infinite").double() == -.infinity)
        #expect(caught { try node("ratio").int() }?.description
            == "rules/pack.yml:6:8: error: expected an integer, found the string '2.5e-1'")
        #expect(caught { try node("name").double() }?.description
            == "rules/pack.yml:1:7: error: expected a number, found the string 'Plank'")
    }

    @Test func wrongTypeErrorsPointAtTheNode() throws {
        #expect(caught { try node("flags").string() }?.description
            == "rules/pack.yml:4:8: error: expected a string, found a mapping")
        #expect(caught { try node("levels").string() }?.description
            == "rules/pack.yml:2:9: error: expected a string, found a sequence")
        #expect(caught { try node("none").string() }?.description
            == "rules/pack.yml:13:6: error: expected a string, found an empty value")
        #expect(caught { try node("name").mapping() }?.description
            == "rules/pack.yml:1:7: error: expected a mapping, found the string 'Plank'")
        #expect(caught { try node("name").sequence() }?.description
            == "rules/pack.yml:1:7: error: expected a sequence, found the string 'Plank'")
    }

    @Test func stringLists() throws {
        #expect(try node("tags").stringList() == ["one", "two"])
        #expect(try node("tag").stringList() == ["solo"])
        #expect(try node("none").stringList() == [])
        #expect(caught { try node("nested").stringList() }?.description
            == "rules/pack.yml:14:10: error: expected a string, found a sequence")
        #expect(caught { try node("flags").stringList() }?.description
            == "rules/pack.yml:4:8: error: expected a string or a list of strings, found a mapping")
    }

    @Test func regexCompilesOrPointsAtThePattern() throws {
        let regex = try node("pattern").regex()
        let sentence = "Hold the plank."
        #expect(regex.firstMatch(in: sentence, range: NSRange(location: 0, length: sentence.utf16.count)) != nil)
        let error = caught { try node("broken").regex() }
        #expect(error?.description
            == "rules/pack.yml:10:9: error: invalid regular expression 'a(b': expected ')'")
        #expect(error?.range.end.column == 14)
    }
}
