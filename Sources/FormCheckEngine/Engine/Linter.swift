import Foundation

/// Runs a rule set over documents: pure per document, parallel across files.
public struct Linter: Sendable {
    public let ruleSet: RuleSet
    /// What the catalog report records of each page, derived from the pack once.
    public let requirements: ReportRequirements

    public init(ruleSet: RuleSet) {
        self.ruleSet = ruleSet
        self.requirements = ReportRequirements(ruleSet: ruleSet)
    }

    /// The page's findings and what the catalog report needs of it, from one parse.
    public func lintPage(_ document: ContentDocument) -> (diagnostics: [Diagnostic], facts: PageFacts) {
        let context = CheckContext(document: document, taxonomy: ruleSet.taxonomy, fieldSource: ruleSet.fieldSource)
        return (lint(document, context: context), PageFacts(context: context, requirements: requirements))
    }

    /// Every finding of every rule that applies to the page, plus problems in its bytes,
    /// minus those its `formcheck-disable…` comments suppress (plus a warning for each
    /// suppression that suppressed nothing), sorted by position.
    public func lint(_ document: ContentDocument) -> [Diagnostic] {
        lint(document, context: CheckContext(document: document, taxonomy: ruleSet.taxonomy, fieldSource: ruleSet.fieldSource))
    }

    private func lint(_ document: ContentDocument, context: CheckContext) -> [Diagnostic] {
        let locator = SectionLocator(document: document)
        var diagnostics = document.problems.map { $0.diagnostic(in: document, locator: locator) }
        for rule in ruleSet.rules where rule.enabled {
            if let condition = rule.condition, !condition.holds(for: context.fields) { continue }
            for finding in rule.check.findings(in: context) {
                diagnostics.append(diagnostic(for: finding, of: rule, context: context, locator: locator))
            }
        }
        if !document.comments.isEmpty {
            let known = Set(ruleSet.rules.map(\.id) + DocumentProblem.Kind.allCases.map(\.rawValue))
            diagnostics = Suppressions(comments: document.comments)
                .apply(to: diagnostics, knownRuleIDs: known, document: document, locator: locator)
        }
        diagnostics = FixGrading(path: document.path, fields: context.fields, links: ruleSet.links).grade(diagnostics)
        return diagnostics.map { $0.withUTF16Columns(in: document.source) }.sorted { $0.range.start.offset < $1.range.start.offset }
    }

    /// Everything the page cache keeps of a page, from one parse.
    func record(of document: ContentDocument, recorder: CatalogRecorder) -> PageRecord {
        let context = CheckContext(document: document, taxonomy: ruleSet.taxonomy, fieldSource: ruleSet.fieldSource)
        return PageRecord(
            diagnostics: lint(document, context: context), facts: PageFacts(context: context, requirements: requirements),
            links: PageLinks(document: document, keepsLines: false),
            catalog: recorder.isEmpty ? nil : recorder.record(context))
    }

    private func diagnostic(for finding: Finding, of rule: Rule, context: CheckContext, locator: SectionLocator) -> Diagnostic {
        var message = finding.message
        if let template = rule.message {
            let values = TemplateValues(
                arguments: finding.arguments, fields: context.fields, title: context.document.title?.text, taxonomy: ruleSet.taxonomy)
            message = template.render(values) ?? finding.message
        }
        var diagnostic = Diagnostic(
            ruleID: rule.id, severity: finding.severityCap.map { min($0, rule.severity) } ?? rule.severity, message: message,
            path: context.document.path, range: finding.range,
            sectionPath: locator.path(at: finding.range.start), expected: finding.expected, found: finding.found,
            related: finding.related, sourceLine: context.file.lineText(finding.range.start.line),
            fix: finding.fix?.changing(context.file), suggestion: finding.suggestion?.demoted(to: .suggestion))
        // `fix: false` demotes a fix to a suggestion: still shown, never applied.
        diagnostic.demoteFix(to: rule.fixes ? .safe : .suggestion)
        return diagnostic
    }

    /// Reads, parses and lints files in parallel; results keep the order of `paths`.
    /// Parsed documents are dropped as soon as they are linted, so memory stays flat: a run
    /// keeps each page's findings and only what `collecting` asks for — its links and
    /// heading anchors (compact, strings shared across pages) for the link check that needs
    /// all pages, its `PageFacts` for the catalog report, its `CatalogPage` for the catalog rules.
    /// `progress`, when given, is called with (pages done, pages in all) after each page.
    /// With `cache`, a page whose bytes it knows is not parsed: its findings, facts and
    /// links come from the cache; every other page is stored in it (the caller saves it).
    public func lint(
        paths: [String], collecting: CollectedData = [], cache: PageCache? = nil,
        progress: (@Sendable (Int, Int) -> Void)? = nil
    ) -> LintResult {
        let started = Date()
        let results = ResultSlots<(LintResult.FileResult?, String?)>(count: paths.count)
        let links = ResultSlots<PageLinks>(count: collecting.contains(.links) ? paths.count : 0)
        let pages = ResultSlots<PageFacts>(count: collecting.contains(.pageFacts) ? paths.count : 0)
        let recorder = collecting.contains(.catalog)
            ? CatalogRecorder(ruleSet: ruleSet, recordsReferences: collecting.contains(.references)) : nil
        let valueReader = FieldValueReader(ruleSet: ruleSet)
        let catalog = ResultSlots<CatalogPage>(count: recorder == nil ? 0 : paths.count)
        // A cached page's record holds its catalog record whatever this run collects; one
        // made by a run that did not read references is not used by a run that needs them.
        let cacheRecorder = cache == nil ? CatalogRecorder(ruleSet: RuleSet(name: "none")) : recorder ?? CatalogRecorder(ruleSet: ruleSet)
        let needsReferences = recorder?.recordsReferences ?? false
        let interner = LinkInterner()
        let done = ProgressCounter()
        DispatchQueue.concurrentPerform(iterations: paths.count) { index in
            let path = paths[index]
            do throws(SourceFileLoader.Failure) {
                let file = try SourceFileLoader.load(path)
                if let cache, cache.keeps(path: path, byteCount: file.bytes.count) {
                    let cached = cache.record(path: path, bytes: file.bytes).flatMap { record in
                        guard let catalog = record.catalog else { return cacheRecorder.isEmpty ? record : nil }
                        return !needsReferences || catalog.references != nil ? record : nil
                    }
                    let record = cached ?? {
                        let record = self.record(of: MarkdownParser.parse(file), recorder: cacheRecorder)
                        cache.store(record, path: path, bytes: file.bytes)
                        return record
                    }()
                    results[index] = (LintResult.FileResult(path: path, diagnostics: record.diagnostics), nil)
                    if collecting.contains(.pageFacts) { pages[index] = record.facts }
                    if collecting.contains(.links) { links[index] = record.links.interned(interner) }
                    if recorder != nil { catalog[index] = record.catalog }
                    if let progress { progress(done.increment(), paths.count) }
                    return
                }
                let document = MarkdownParser.parse(file)
                let context = CheckContext(document: document, taxonomy: ruleSet.taxonomy, fieldSource: ruleSet.fieldSource)
                results[index] = (LintResult.FileResult(path: path, diagnostics: lint(document, context: context)), nil)
                if collecting.contains(.pageFacts) {
                    var facts = PageFacts(context: context, requirements: requirements)
                    facts.fieldValues = valueReader.values(context.fields)
                    pages[index] = facts
                }
                if let recorder { catalog[index] = recorder.record(context) }
                if collecting.contains(.links) {
                    links[index] = PageLinks(document: document, keepsLines: false, interner: interner)
                }
            } catch {
                results[index] = (nil, error.description)
            }
            if let progress { progress(done.increment(), paths.count) }
        }
        let collected = results.values
        return LintResult(
            files: collected.compactMap { $0?.0 }, failures: collected.compactMap { $0?.1 },
            duration: Date().timeIntervalSince(started), links: links.values.compactMap { $0 },
            pages: pages.values.compactMap { $0 }, catalog: catalog.values.compactMap { $0 })
    }

    /// The catalog records of pages that are not linted (the rest of the catalog when only
    /// some pages are): read and parsed in parallel, nothing else. Unreadable files are
    /// left out (they are no page of the catalog).
    public func catalogPages(paths: [String], recordsReferences: Bool = false) -> [CatalogPage] {
        let recorder = CatalogRecorder(ruleSet: ruleSet, recordsReferences: recordsReferences)
        guard !recorder.isEmpty else { return [] }
        let records = ResultSlots<CatalogPage>(count: paths.count)
        DispatchQueue.concurrentPerform(iterations: paths.count) { index in
            guard let file = try? SourceFileLoader.load(paths[index]) else { return }
            let document = MarkdownParser.parse(file)
            records[index] = recorder.record(CheckContext(document: document, taxonomy: ruleSet.taxonomy, fieldSource: ruleSet.fieldSource))
        }
        return records.values.compactMap { $0 }
    }
}

/// A count shared by concurrent workers.
final class ProgressCounter: @unchecked Sendable {
    private var count = 0
    private let lock = NSLock()

    /// The count after adding one.
    func increment() -> Int { lock.withLock { count += 1; return count } }
}

/// Fixed slots filled from concurrent workers, one writer per slot.
final class ResultSlots<Value>: @unchecked Sendable {
    private var storage: [Value?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    subscript(index: Int) -> Value? {
        get { lock.withLock { storage[index] } }
        set { lock.withLock { storage[index] = newValue } }
    }

    var values: [Value?] { lock.withLock { storage } }
}
