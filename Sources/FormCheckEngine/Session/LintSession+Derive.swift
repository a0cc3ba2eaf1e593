import Foundation

extension LintSession {
    /// A starter pack derived from the exemplary pages `files` (`formcheck derive`), as YAML.
    /// The pack is then linted against the same pages; while more than `deriver.errorBudget`
    /// of them get an error, the rule giving errors on most pages becomes a warning (its
    /// comment says on how many). Unreadable files are returned as failures.
    public func derivePack(_ files: [String], name: String = "derived", deriver: PackDeriver = PackDeriver()) -> (pack: String, failures: [String]) {
        let documents = ResultSlots<ContentDocument>(count: files.count)
        let failures = ResultSlots<String>(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            do throws(SourceFileLoader.Failure) {
                documents[index] = MarkdownParser.parse(try SourceFileLoader.load(files[index]))
            } catch {
                failures[index] = error.description
            }
        }
        return (derive(documents.values.compactMap { $0 }, name: name, deriver: deriver), failures.values.compactMap { $0 })
    }

    /// A starter pack derived from parsed exemplary pages (see `derivePack(_:name:deriver:)`).
    public func derive(_ pages: [ContentDocument], name: String = "derived", deriver: PackDeriver = PackDeriver()) -> String {
        let shapes = pages.map(PageShape.init)
        var demoted: [String: Int] = [:]
        var text = deriver.derive(shapes, name: name, demoted: demoted)
        // Each round makes one more rule a warning, so this ends.
        while let ruleSet = try? PackLoader.load(text: text, path: "derived.yml") {
            let linter = Linter(ruleSet: ruleSet)
            var failing: [String: Int] = [:]
            var pagesWithErrors = 0
            for page in pages {
                let errors = Set(linter.lint(page).filter { $0.severity == .error }.map(\.ruleID))
                if !errors.isEmpty { pagesWithErrors += 1 }
                for id in errors { failing[id, default: 0] += 1 }
            }
            guard Double(pagesWithErrors) > deriver.errorBudget * Double(pages.count),
                  let worst = failing.filter({ demoted[$0.key] == nil }).max(by: { ($0.value, $1.key) < ($1.value, $0.key) })
            else { break }
            demoted[worst.key] = worst.value
            text = deriver.derive(shapes, name: name, demoted: demoted)
        }
        return text
    }
}
