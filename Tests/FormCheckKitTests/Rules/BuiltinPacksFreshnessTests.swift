import Foundation
import Testing
@testable import FormCheckKit

/// `Sources/FormCheckKit/Rules/BuiltinPacks.swift` is generated from `Rules/*.yml` by
/// `make packs`; this fails when someone edits a pack and forgets to regenerate.
@Suite struct BuiltinPacksFreshnessTests {
    static let rulesDirectory = repositoryRoot.appendingPathComponent("Rules")

    @Test func everyPackFileIsEmbeddedAsWritten() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.rulesDirectory.path).filter { $0.hasSuffix(".yml") }.sorted()
        #expect(!names.isEmpty)
        #expect(BuiltinPacks.files.keys.sorted() == names, "run `make packs`")
        for name in names {
            var text = try String(contentsOf: Self.rulesDirectory.appendingPathComponent(name), encoding: .utf8)
            if !text.hasSuffix("\n") { text += "\n" }
            let embedded = BuiltinPacks.files[name] ?? ""
            let same = zip(embedded, text).prefix { $0 == $1 }.count
            #expect(embedded == text, """
                Rules/\(name) differs from its embedded copy from character \(same): \
                file has \(String(text.dropFirst(same).prefix(40)).debugDescription), \
                embedded \(String(embedded.dropFirst(same).prefix(40)).debugDescription); run `make packs`
                """)
        }
    }
}
