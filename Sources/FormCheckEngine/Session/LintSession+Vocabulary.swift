import Foundation

extension LintSession {
    /// The vocabulary of `files`: every field's values with their page counts and marks
    /// (`formcheck vocab`). Pages are read and parsed in parallel, and only their fields kept
    /// (`FieldValueReader`). Files that cannot be read are returned as failures.
    public func vocabulary(_ files: [String], rareBelow: Int = 5) -> (vocabulary: Vocabulary, failures: [String]) {
        let reader = FieldValueReader(ruleSet: ruleSet)
        let pages = ResultSlots<[FieldValues]>(count: files.count)
        let failures = ResultSlots<String>(count: files.count)
        let fieldSource = ruleSet.fieldSource
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            do throws(SourceFileLoader.Failure) {
                pages[index] = reader.values(fieldSource.fields(of: MarkdownParser.parse(try SourceFileLoader.load(files[index]))))
            } catch {
                failures[index] = error.description
            }
        }
        var counts = FieldValueCounts()
        for page in pages.values { if let page { counts.add(page) } }
        return (VocabularyAnalysis(ruleSet: ruleSet, rareBelow: rareBelow).vocabulary(counts), failures.values.compactMap { $0 })
    }
}
