import Foundation
import Testing
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

/// The EmbedPacks build plugin compiles `Rules/*.yml` into `BuiltinPacks`; every pack
/// must arrive byte for byte (escaping in the generated literal must lose nothing).
@Suite struct BuiltinPacksEmbeddingTests {
    static let rulesDirectory = repositoryRoot.appendingPathComponent("Rules")

    @Test func everyPackFileIsEmbeddedAsWritten() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.rulesDirectory.path).filter { $0.hasSuffix(".yml") }.sorted()
        #expect(!names.isEmpty)
        #expect(BuiltinPacks.files.keys.sorted() == names)
        for name in names {
            let text = try String(contentsOf: Self.rulesDirectory.appendingPathComponent(name), encoding: .utf8)
            let embedded = BuiltinPacks.files[name] ?? ""
            let same = zip(embedded, text).prefix { $0 == $1 }.count
            #expect(embedded == text, """
                Rules/\(name) differs from its embedded copy from character \(same): \
                file has \(String(text.dropFirst(same).prefix(40)).debugDescription), \
                embedded \(String(embedded.dropFirst(same).prefix(40)).debugDescription)
                """)
        }
    }
}
