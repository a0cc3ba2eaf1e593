extension CatalogReport {
    /// The report of one lint run: `result` must come from `Linter.lint(paths:collecting:)`
    /// collecting `[.links, .pageFacts]` (or carry `links` and `pages` filled the same way) and have the link check's findings merged in.
    /// `pagesToFix` is how many of the lowest-scoring pages to list.
    /// `pageType`, when given (a configuration with `types:`), names each page's type: the
    /// report's first breakdown is then by type.
    public init(
        result: LintResult, ruleSet: RuleSet, weights: ScoreWeights = .standard, pagesToFix limit: Int = 10,
        pageType: ((String) -> String?)? = nil
    ) {
        let requirements = ReportRequirements(ruleSet: ruleSet)
        let facts = Dictionary(result.pages.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        let scores = result.files.map { weights.score($0.diagnostics) }
        let links = Self.linkHealth(result, ruleSet: ruleSet)

        version = Self.formatVersion
        pack = ruleSet.name
        scoring = weights
        summary = Summary(
            pages: result.files.count, score: ScoreWeights.mean(scores),
            cleanPages: result.files.count(where: { $0.diagnostics.isEmpty }),
            errors: result.count(.error), warnings: result.count(.warning), infos: result.count(.info),
            deadLinks: links.broken, skipped: result.skipped > 0 ? result.skipped : nil)
        rules = Self.ruleCounts(result, context: ReportContext(ruleSet: ruleSet))
        completeness = Completeness(
            sections: Self.coverage(requirements.sections, files: result.files) { facts[$0]?.sections ?? [] },
            fields: Self.coverage(requirements.fields, files: result.files) { facts[$0]?.fields ?? [] })
        groups = requirements.groupBy.map { field in
            Self.breakdown(by: field, files: result.files, weights: weights) { facts[$0]?.groups[field] }
        }
        if let pageType {
            groups.insert(Self.breakdown(by: Self.pageTypeGroup, files: result.files, weights: weights, value: pageType), at: 0)
        }
        self.links = links
        pagesToFix = zip(result.files, scores)
            .filter { $0.1 < 100 }
            .sorted { ($0.1, $0.0.path) < ($1.1, $1.0.path) }
            .prefix(limit)
            .map { file, score in Self.entry(file, score: score, title: facts[file.path]?.title) }
        trend = nil
        var counts = FieldValueCounts()
        for page in result.pages { counts.add(page.fieldValues) }
        vocabulary = result.pages.isEmpty ? nil : VocabularyAnalysis(ruleSet: ruleSet).vocabulary(counts)
        duplicatePairs = Self.duplicatePairs(result)
    }

    /// Each pair of pages a catalog rule's finding relates, once (the finding on the first
    /// page in path order speaks for both).
    static func duplicatePairs(_ result: LintResult) -> [DuplicatePair] {
        var pairs: [DuplicatePair] = []
        var seen = Set<[String]>()
        for diagnostic in result.diagnostics {
            for related in diagnostic.related {
                guard let other = related.path, other != diagnostic.path else { continue }
                let key = [diagnostic.ruleID] + [diagnostic.path, other].sorted()
                guard seen.insert(key).inserted else { continue }
                pairs.append(DuplicatePair(rule: diagnostic.ruleID, page: key[1], other: key[2], message: diagnostic.message))
            }
        }
        return pairs.sorted { ($0.rule, $0.page, $0.other) < ($1.rule, $1.page, $1.other) }
    }

    private static func ruleCounts(_ result: LintResult, context: ReportContext) -> [RuleCount] {
        var findings: [String: Int] = [:]
        var pages: [String: Int] = [:]
        for file in result.files {
            for diagnostic in file.diagnostics { findings[diagnostic.ruleID, default: 0] += 1 }
            for id in Set(file.diagnostics.map(\.ruleID)) { pages[id, default: 0] += 1 }
        }
        return context.rules(covering: result.diagnostics)
            .compactMap { info in
                guard let count = findings[info.id] else { return nil }
                return RuleCount(
                    id: info.id, severity: info.severity, description: info.description, link: info.link,
                    findings: count, pages: pages[info.id] ?? 0)
            }
            .sorted { ($1.findings, $0.id) < ($0.findings, $1.id) }
    }

    private static func coverage(
        _ names: [String], files: [LintResult.FileResult], present: (String) -> Set<String>
    ) -> [Coverage] {
        let pages = files.count
        return names.map { name in
            let count = files.count { present($0.path).contains(name) }
            let share = pages == 0 ? 0 : ScoreWeights.rounded(Double(count) / Double(pages), decimals: 3)
            return Coverage(name: name, pages: count, share: share)
        }
    }

    /// The label of pages that do not set a grouping field.
    public static let noValue = "(none)"

    /// The name of the breakdown by page type (`types:` in the configuration).
    public static let pageTypeGroup = "Page type"

    private static func breakdown(
        by field: String, files: [LintResult.FileResult], weights: ScoreWeights, value: (String) -> String?
    ) -> GroupBreakdown {
        let grouped = Dictionary(grouping: files) { value($0.path) ?? noValue }
        let values = grouped.map { value, files in
            let diagnostics = files.flatMap(\.diagnostics)
            return GroupValue(
                value: value, pages: files.count, score: ScoreWeights.mean(files.map { weights.score($0.diagnostics) }),
                errors: diagnostics.count { $0.severity == .error }, warnings: diagnostics.count { $0.severity == .warning },
                infos: diagnostics.count { $0.severity == .info })
        }
        return GroupBreakdown(field: field, values: values.sorted { lhs, rhs in
            (lhs.value == noValue ? 1 : 0, lhs.value) < (rhs.value == noValue ? 1 : 0, rhs.value)
        })
    }

    private static func linkHealth(_ result: LintResult, ruleSet: RuleSet) -> LinkHealth {
        let inventory = LinkInventory(pages: result.links, trailingSlashSignificant: ruleSet.links?.trailingSlashSignificant ?? false)
        let linkFindings = result.diagnostics.filter { $0.ruleID.hasPrefix("links/") }
        let byRule = Dictionary(grouping: linkFindings, by: \.ruleID)
        // A failing target gives one finding per use, all with the same message.
        let reasons = byRule.map { rule, findings in
            LinkReason(rule: rule, unique: Set(findings.map(\.message)).count, occurrences: findings.count)
        }
        return LinkHealth(
            unique: inventory.targets.count, occurrences: inventory.linkCount,
            broken: Set(linkFindings.map(\.message)).count, brokenOccurrences: linkFindings.count,
            byReason: reasons.sorted { ($1.occurrences, $0.rule) < ($0.occurrences, $1.rule) },
            checked: result.linksChecked)
    }

    private static func entry(_ file: LintResult.FileResult, score: Int, title: String?) -> PageEntry {
        PageEntry(
            path: file.path, title: title, score: score,
            errors: file.diagnostics.count { $0.severity == .error },
            warnings: file.diagnostics.count { $0.severity == .warning },
            infos: file.diagnostics.count { $0.severity == .info },
            findings: file.diagnostics.map {
                PageFinding(
                    rule: $0.ruleID, severity: $0.severity, line: $0.range.start.line, column: $0.range.start.column,
                    message: $0.message, sourceLine: $0.sourceLine)
            })
    }
}
