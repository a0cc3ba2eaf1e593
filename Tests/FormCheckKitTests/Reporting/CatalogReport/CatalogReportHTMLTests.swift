import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

/// The HTML page parsed as XML (the template emits XHTML-compatible markup): its sections,
/// the escaping of page text, and that it loads nothing from anywhere.
@Suite struct CatalogReportHTMLTests {
    /// Every element with its attributes and direct text, in document order.
    final class Collector: NSObject, XMLParserDelegate {
        struct Element {
            var name: String
            var attributes: [String: String]
            var text = ""
        }

        var elements: [Element] = []
        private var open: [Int] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            elements.append(Element(name: name, attributes: attributes))
            open.append(elements.count - 1)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            open.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if let index = open.last { elements[index].text += string }
        }

        func parser(_ parser: XMLParser, foundCDATA data: Data) {
            if let index = open.last { elements[index].text += String(decoding: data, as: UTF8.self) }
        }
    }

    static func parse(_ html: String) throws -> [Collector.Element] {
        let parser = XMLParser(data: Data(html.utf8))
        let collector = Collector()
        parser.delegate = collector
        let ok = parser.parse()
        #expect(ok, "not well-formed: \(String(describing: parser.parserError)) at line \(parser.lineNumber)")
        try #require(ok)
        return collector.elements
    }

    static func html(compared: Bool = false) async throws -> String {
        var report = try await CatalogReportFixture.report()
        if compared { report = report.compared(with: report) }
        return try report.html(version: "9.9.9")
    }

    @Test func hasEverySection() async throws {
        let elements = try Self.parse(try await Self.html())
        let ids = Set(elements.filter { $0.name == "section" }.compactMap { $0.attributes["id"] })
        #expect(ids == ["summary", "rules", "completeness", "groups", "links", "catalog", "pages"])
        // One chart per kind: findings by rule, completeness, one heatmap per grouping field.
        #expect(elements.count { $0.name == "svg" } == 2 + 2)
        #expect(elements.count { $0.name == "details" } == 2)
    }

    @Test func trendSectionAppearsWhenCompared() async throws {
        let elements = try Self.parse(try await Self.html(compared: true))
        #expect(elements.contains { $0.name == "section" && $0.attributes["id"] == "trend" })
    }

    @Test func trendShowsEachChangeWithItsDirection() async throws {
        let now = try await CatalogReportFixture.report()
        var before = now
        before.summary.errors += 4
        before.summary.score += 5
        let elements = try Self.parse(try now.compared(with: before).html())
        let cells = elements.filter { $0.name == "td" }.map { ($0.attributes["class"] ?? "", $0.text) }
        #expect(cells.contains { $0 == ("num better", "−4") })
        #expect(cells.contains { $0 == ("num worse", "−5") })
        let headline = elements.filter { $0.name == "span" && ($0.attributes["class"] ?? "").hasPrefix("delta") }.map(\.text)
        #expect(headline.contains("−4") && headline.contains("−5"))
    }

    @Test func pageTextIsEscapedEverywhere() async throws {
        let html = try await Self.html()
        let elements = try Self.parse(html)
        // The hostile title is text, shown as written, not an element.
        #expect(elements.contains { $0.name == "span" && $0.text == CatalogReportFixture.hostileTitle })
        #expect(!html.contains(CatalogReportFixture.hostileTitle))
        #expect(!html.contains("<b>Thai"))
        #expect(!html.contains("<img"))
        // The field value reaches the heatmap (SVG text), escaped there too.
        #expect(elements.contains { $0.name == "text" && $0.text == CatalogReportFixture.hostileValue })
        // The only script is the page's own sorting script.
        let scripts = elements.filter { $0.name == "script" }
        #expect(scripts.count == 1)
        #expect(scripts.allSatisfy { !$0.text.contains("alert") })
        #expect(!elements.contains { $0.attributes.keys.contains { $0.lowercased().hasPrefix("on") } })
    }

    @Test func loadsNoExternalResource() async throws {
        let html = try await Self.html()
        let elements = try Self.parse(html)
        let resourceElements: Set<String> = ["link", "img", "iframe", "object", "embed", "source", "video", "audio", "image", "use", "frame", "track"]
        #expect(elements.filter { resourceElements.contains($0.name) }.map(\.name) == [])
        #expect(elements.allSatisfy { $0.attributes["src"] == nil && $0.attributes["xlink:href"] == nil })
        // Plain anchors may lead to a rule's documentation; nothing else carries an address.
        for element in elements {
            if let href = element.attributes["href"] { #expect(element.name == "a", "href on <\(element.name)>: \(href)") }
        }
        let styles = elements.filter { $0.name == "style" }.map(\.text).joined()
        #expect(!styles.contains("url("))
        #expect(!styles.contains("@import"))
        #expect(!html.contains("@font-face"))
    }

    @Test func ruleLinksAreAnchorsToTheirDocumentation() async throws {
        let elements = try Self.parse(try await Self.html())
        let anchors = elements.filter { $0.name == "a" }.compactMap { $0.attributes["href"] }
        #expect(anchors == ["https://example.com/rules/course-value"])
    }

    @Test func controlCharactersDoNotBreakTheMarkup() async throws {
        var report = try await CatalogReportFixture.report()
        report.pagesToFix[0].findings[0].sourceLine = "bad \u{1} byte"
        report.pack = "pack\u{7}"
        _ = try Self.parse(try report.html())
    }
}
