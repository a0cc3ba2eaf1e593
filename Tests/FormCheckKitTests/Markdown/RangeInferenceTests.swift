import Foundation
import Testing
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckRules

/// Ranges of nodes cmark-gfm gives no position (or a wrong one): inference ends on every
/// input, and every range of every node lies inside the file.
@Suite struct RangeInferenceTests {
    /// The fuzz corpus (`Fuzz/corpus/markdown/`): the seeds and what fuzzing found.
    static let corpus = repositoryRoot.appendingPathComponent("Fuzz/corpus/markdown")

    static let corpusPages: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }()

    /// Fails with the node when a range is missing, reversed or outside the file.
    private func checkNodes(of file: SourceFile, page: String) {
        let nodes = MarkdownParser.nodeRanges(of: file)
        #expect(!nodes.isEmpty, "\(page): no tree")
        for (index, node) in nodes.enumerated() {
            guard let range = node.range else {
                Issue.record("\(page): node \(index) (\(node.kind)) has no range")
                continue
            }
            #expect(range.lowerBound >= 0 && range.upperBound <= file.bytes.count,
                    "\(page): node \(index) (\(node.kind)) at \(range) outside \(file.bytes.count) bytes")
        }
    }

    @Test func aLinkWhoseTextIsOnlyALineBreak() throws {
        // It recursed without end between the link's range and its text's (issue 12).
        let document = Fixture.parse("# T\n\n- [\n](u)\n")
        #expect(document.links.map { spot($0.range, in: document) } == ["3:3-4:5 [\n](u)"])
        #expect(document.links.map(\.destination) == ["u"])
        #expect(document.links.map(\.kind) == [.inline])
        #expect(document.links.compactMap { $0.destinationRange.map { spot($0, in: document) } } == ["4:3-4:4 u"])
        // An image, and a link whose text is a hard line break.
        let image = Fixture.parse("# T\n\n![\n](i.png) and [\\\n](u)\n")
        #expect(image.links.map(\.kind) == [.image, .inline])
        #expect(image.links.map { spot($0.range, in: image) } == ["3:1-4:9 ![\n](i.png)", "4:14-5:5 [\\\n](u)"])
    }

    @Test func theFuzzerInputThatFoundIt() throws {
        let bytes = Array(try #require(Data(base64Encoded: "77u/IyBUDS0jIyBTdW1tYXJ5DQ0tICoKS2V5OioqIHYAYWwNLSBbDV0odSk=")))
        let document = Fixture.parse(bytes: bytes)
        #expect(document.links.map(\.destination) == ["u"])
        checkNodes(of: document.source, page: "fuzzer input")
    }

    @Test func everyNodeOfEveryCorpusPageLiesInsideTheFile() throws {
        #expect(Self.corpusPages.count >= 30, "corpus at \(Self.corpus.path)")
        let linter = Linter(ruleSet: try PackLoader.load(PackLoader.defaultPack))
        for page in Self.corpusPages {
            let bytes = Array(try Data(contentsOf: Self.corpus.appendingPathComponent(page)))
            let file = SourceFile(path: page, bytes: bytes)
            checkNodes(of: file, page: page)
            let document = MarkdownParser.parse(file)
            for range in document.everyRange + linter.lint(document).map(\.range) {
                #expect(range.start.offset >= 0 && range.start.offset <= range.end.offset && range.end.offset <= bytes.count,
                        "\(page): \(position(range)) outside \(bytes.count) bytes")
            }
        }
    }
}
