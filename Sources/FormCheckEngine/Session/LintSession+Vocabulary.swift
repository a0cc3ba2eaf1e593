import Foundation

extension LintSession {
    /// The vocabulary of `files`: every field's values with their page counts and marks
    /// (`formcheck vocab`). Pages are read and parsed in parallel, and only their fields kept;
    /// a multi-valued field (a `fields` rule with `multiple: true`) counts each part. Files
    /// that cannot be read are returned as failures.
    public func vocabulary(_ files: [String], rareBelow: Int = 5) -> (vocabulary: Vocabulary, failures: [String]) {
        var multiple = Set<TitleKey>()
        var none: [TitleKey: String] = [:]
        for rule in ruleSet.rules {
            guard let check = rule.check as? FieldsCheck else { continue }
            for name in check.names {
                if check.multiple { multiple.insert(TitleKey(name)) }
                if let value = check.noneValue { none[TitleKey(name)] = value }
            }
        }
        let pages = ResultSlots<[(field: String, values: [String])]>(count: files.count)
        let failures = ResultSlots<String>(count: files.count)
        let ruleSet = ruleSet, multipleFields = multiple, noneValues = none
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            do throws(SourceFileLoader.Failure) {
                let document = MarkdownParser.parse(try SourceFileLoader.load(files[index]))
                pages[index] = ruleSet.fieldSource.fields(of: document).map { field in
                    let key = TitleKey(field.key)
                    let values = multipleFields.contains(key) ? field.values.map(\.text) : [field.value]
                    return (field.key, values.filter { value in noneValues[key].map { TitleKey($0) != TitleKey(value) } ?? true })
                }
            } catch {
                failures[index] = error.description
            }
        }
        var counts = FieldValueCounts()
        for page in pages.values { if let page { counts.add(page) } }
        return (VocabularyAnalysis(ruleSet: ruleSet, rareBelow: rareBelow).vocabulary(counts), failures.values.compactMap { $0 })
    }
}
