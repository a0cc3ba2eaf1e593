import Foundation
import Testing
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

/// Generated pages (seeded) whose muscle and equipment fields hold canonical, wrong-case,
/// alias, misspelt and unknown values, with summary, FAQ answer and related links written to
/// agree with the fields as written, and a sitemap listing the links' pages (sometimes the
/// canonical pages too, sometimes no `links:` at all). After a default `fix`:
/// - no field value changes except by case or alias;
/// - every template sentence agrees with the fields;
/// - no link that resolved before fails after.
@Suite struct FixSafetyPropertyTests {
    typealias Random = FixPropertyTests.SeededGenerator
    static let golden = try! FixSupport.sample("box-jump.md")
    static let taxonomy = FixSupport.ruleSet.taxonomy
    static let site = "https://forgetrainer.ai/exercises/"
    static let unknown = ["Hands", "Grip Muscles", "Back", "Wrist Flexors", "Lower Abs", "Feet", "Rotator Cuff", "Hip Adductors"]

    /// A written form of a value of `enumName`: canonical, wrong case, alias, misspelt or unknown.
    static func written(_ enumName: String, unknown: [String], using random: inout Random) -> String {
        let values = taxonomy[enumName]!.values
        let value = values.randomElement(using: &random)!
        switch Int.random(in: 0..<5, using: &random) {
        case 0: return value.canonical
        case 1: return Bool.random(using: &random) ? value.canonical.lowercased() : value.canonical.uppercased()
        case 2: return value.aliases.randomElement(using: &random) ?? value.canonical
        case 3: return misspelt(value.canonical, using: &random)
        default: return unknown.randomElement(using: &random) ?? value.canonical
        }
    }

    /// One typo: two neighbouring letters swapped, a letter dropped or doubled.
    static func misspelt(_ word: String, using random: inout Random) -> String {
        var letters = Array(word)
        guard letters.count > 3 else { return word + "s" }
        let index = Int.random(in: 1..<(letters.count - 1), using: &random)
        switch Int.random(in: 0..<3, using: &random) {
        case 0: letters.swapAt(index, index + 1)
        case 1: letters.remove(at: index)
        default: letters.insert(letters[index], at: index)
        }
        return String(letters)
    }

    struct Generated {
        var page: String
        var settings: LinkSettings?
    }

    static func generate(seed: Int) -> Generated {
        var random = Random(state: UInt64(seed) &* 104_729)
        let target = written("muscle", unknown: unknown, using: &random)
        let secondary = (0..<Int.random(in: 1...2, using: &random)).map { _ in written("muscle", unknown: unknown, using: &random) }
        let equipment = written("equipment", unknown: ["Sandbag", "Chair"], using: &random)
        var page = golden
        func replace(_ old: String, _ new: String) { page = FixSupport.breaking(page, old, new) }
        replace("- **Target Muscle:** Quads", "- **Target Muscle:** \(target)")
        replace("- **Secondary Muscles:** Glutes, Calves", "- **Secondary Muscles:** " + secondary.joined(separator: ", "))
        replace("- **Equipment:** Other", "- **Equipment:** \(equipment)")
        replace("Intermediate legs exercise using other.", "Intermediate legs exercise using \(equipment.lowercased()).")
        replace(
            "Targets quads, also works glutes, calves.",
            "Targets \(target.lowercased()), also works " + secondary.map { $0.lowercased() }.joined(separator: ", ") + ".")
        replace(
            "primarily targets the quadriceps, with secondary activation in the glutes and calves.",
            "primarily targets the \(target.lowercased()), with secondary activation in the "
                + secondary.map { $0.lowercased() }.joined(separator: " and ") + ".")
        // Links as the site spells its pages: the written value's own slug.
        let equipmentURL = site + "equipment/" + TaxonomyValue.defaultSlug(equipment)
        let targetURL = site + "muscle/" + TaxonomyValue.defaultSlug(target)
        replace("[More Other Exercises](https://forgetrainer.ai/exercises/equipment/other)", "[More \(equipment) Exercises](\(equipmentURL))")
        replace("[More Quads Exercises](https://forgetrainer.ai/exercises/muscle/quads)", "[More \(target) Exercises](\(targetURL))")

        guard Int.random(in: 0..<4, using: &random) > 0 else { return Generated(page: page, settings: nil) }
        var urls = [site + "legs", equipmentURL, targetURL]
        if Bool.random(using: &random) {
            // The site also has the canonical pages.
            for value in taxonomy["muscle"]!.values { urls.append(site + "muscle/" + value.slug) }
            for value in taxonomy["equipment"]!.values { urls.append(site + "equipment/" + value.slug) }
        }
        var settings = LinkSettings()
        settings.sites = [NormalizedURL("https://forgetrainer.ai")!]
        settings.sitemap = Sitemap.urls(in: urls.joined(separator: "\n"))
        return Generated(page: page, settings: settings)
    }

    /// Each field's values, item by item.
    static func fieldValues(_ bytes: [UInt8]) -> [String: [String]] {
        let document = MarkdownParser.parse(SourceFile(path: "page.md", bytes: bytes))
        var values: [String: [String]] = [:]
        for field in FixSupport.ruleSet.fieldSource.fields(of: document) { values[field.key] = field.values.map(\.text) }
        return values
    }

    /// Whether each link of the page resolves offline, in page order.
    static func resolvedLinks(_ bytes: [UInt8], settings: LinkSettings) -> [(String, Bool)] {
        let document = MarkdownParser.parse(SourceFile(path: "page.md", bytes: bytes))
        var resolver = OfflineResolver(settings: settings, inventory: LinkInventory())
        return document.links.map { link in
            let target = LinkInventory.target(of: link.destination, on: "page.md", trailingSlashSignificant: false)
            return (link.destination, resolver.resolve(target) == .ok)
        }
    }

    static let sentenceRules = Set(FixSupport.ruleSet.rules.filter { ["consistency", "faq"].contains($0.kind) }.map(\.id))
    static let templateRules = Set(FixSupport.ruleSet.rules.filter { $0.kind == "consistency" }.map(\.id))

    @Test(arguments: 0..<80)
    func defaultFixChangesNoFactAndBreaksNoLink(_ seed: Int) throws {
        let generated = Self.generate(seed: seed)
        var ruleSet = FixSupport.ruleSet
        ruleSet.links = generated.settings
        let linter = Linter(ruleSet: ruleSet)
        let bytes = Array(generated.page.utf8)
        let context = "seed \(seed):\n\(generated.page)"
        let before = linter.lint(MarkdownParser.parse(SourceFile(path: "page.md", bytes: bytes)))
        // The generated summary sentences agree with the fields as written (FAQ answers may
        // already be reported, e.g. for a value their mention check does not recognise).
        let disagreeing = before.filter { Self.templateRules.contains($0.ruleID) }
        #expect(disagreeing.isEmpty, "generated prose disagrees: \(disagreeing.map(\.message)) \(context)")

        let outcome = Fixer(linter: linter).fix(SourceFile(path: "page.md", bytes: bytes))
        let fixedContext = "\(context)\nfixed:\n\(FixSupport.text(outcome.fixed))"

        // 1. Field values change only by case or alias.
        let old = Self.fieldValues(bytes), new = Self.fieldValues(outcome.fixed)
        #expect(Set(old.keys) == Set(new.keys), "\(fixedContext)")
        for (key, values) in old {
            let after = new[key] ?? []
            #expect(values.count == after.count, "\(key) \(fixedContext)")
            for (was, now) in zip(values, after) where was != now {
                let sameValue = was.lowercased() == now.lowercased()
                    || Self.taxonomy.enums.values.contains { $0.value(matching: was)?.canonical == now }
                #expect(sameValue, "\(key): \"\(was)\" became \"\(now)\" \(fixedContext)")
            }
        }
        // 2. Every template sentence agrees with the fields.
        let sentences = outcome.remaining.filter { Self.templateRules.contains($0.ruleID) }
        #expect(sentences.isEmpty, "\(sentences.map(\.message)) \(fixedContext)")
        // …and the fix adds no disagreement with a FAQ answer.
        let answers = outcome.remaining.filter { Self.sentenceRules.contains($0.ruleID) }
        let answeredBefore = Set(before.filter { Self.sentenceRules.contains($0.ruleID) }.map { "\($0.ruleID)@\($0.range.start.line)" })
        for answer in answers {
            #expect(answeredBefore.contains("\(answer.ruleID)@\(answer.range.start.line)"), "new: \(answer.message) \(fixedContext)")
        }
        // 3. No link that resolved before fails after.
        if let settings = generated.settings {
            let was = Self.resolvedLinks(bytes, settings: settings), now = Self.resolvedLinks(outcome.fixed, settings: settings)
            #expect(was.count == now.count, "\(fixedContext)")
            for ((url, worked), (newURL, works)) in zip(was, now) where worked {
                #expect(works, "\(url) worked; now \(newURL) does not \(fixedContext)")
            }
        } else {
            let urls = MarkdownParser.parse(SourceFile(path: "page.md", bytes: bytes)).links.map(\.destination)
            #expect(MarkdownParser.parse(SourceFile(path: "page.md", bytes: outcome.fixed)).links.map(\.destination) == urls, "\(fixedContext)")
        }
        // A second run has nothing left to do.
        #expect(Fixer(linter: linter).fix(SourceFile(path: "page.md", bytes: outcome.fixed)).changed == false, "\(fixedContext)")
    }
}
