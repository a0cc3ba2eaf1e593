/// The catalog report as the HTML template sees it: plain strings, numbers and lists,
/// charts already drawn. Every string the template prints with `{{…}}` is escaped by
/// Mustache; the charts (`{{{…}}}`) escape their own text.
struct HTMLReportView {
    struct Stat {
        var label: String
        var value: String
        var isScore = false
        var color: String?
        var delta: DeltaText?
    }

    struct DeltaText {
        var text: String
        /// `better`, `worse` or `same`: a CSS class.
        var direction: String
    }

    struct RuleRow {
        var id: String
        var anchor: String
        var severity: String
        var findings: Int
        var pages: Int
        var description: String
        var link: String?
    }

    struct GroupView {
        var field: String
        var chart: String
    }

    struct PageView {
        var path: String
        var title: String?
        var score: Int
        var color: String
        var errors: Int
        var warnings: Int
        var infos: Int
        /// `2 errors, 1 warning`: the non-zero counts.
        var counts: String
        var findings: [FindingView]
    }

    struct FindingView {
        var rule: String
        var severity: String
        var line: Int
        var column: Int
        var message: String
        var sourceLine: String?
    }

    struct DeltaRow {
        var name: String
        var previous: String
        var current: String
        var text: String
        var direction: String
    }

    struct TrendView {
        var summary: [DeltaRow]
        var rules: [DeltaRow]
        var groups: [DeltaRow]
        var hasGroups: Bool
    }

    var title: String
    var pack: String
    var version: String
    var pages: Int
    var weights: ScoreWeights
    var headline: [Stat]
    var hasRules: Bool
    var ruleCount: Int
    /// The chart shows at most `chartedRules` rules; the table all.
    var chartedRules: Int
    var moreRules: Bool
    var rulesChart: String
    var rules: [RuleRow]
    var hasCompleteness: Bool
    var completenessChart: String
    var groups: [GroupView]
    var links: CatalogReport.LinkHealth
    var hasLinkReasons: Bool
    /// false when links were skipped: the page says so instead of "0 not working".
    var linksChecked: Bool
    var pagesToFix: [PageView]
    var trend: TrendView?
    /// Vocabulary drift and pages found alike.
    var catalog: CatalogSectionView
}

extension HTMLReportView {
    /// At most this many rules in the findings chart, so it stays readable.
    static let chartLimit = 12

    init(_ report: CatalogReport, version: String) {
        let previous = Dictionary((report.trend?.summary ?? []).map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        func stat(_ label: String, _ key: String, _ value: Double, higherIsBetter: Bool, isScore: Bool = false) -> Stat {
            Stat(
                label: label, value: SVGCharts.fmt(value), isScore: isScore,
                color: isScore ? SVGCharts.scoreColor(value) : nil,
                delta: previous[key].flatMap { Self.deltaText($0, higherIsBetter: higherIsBetter) })
        }
        let summary = report.summary
        title = Self.clean("Content-quality report")
        pack = Self.clean(report.pack)
        self.version = version
        pages = summary.pages
        weights = report.scoring
        headline = [
            stat("pages checked", "pages", Double(summary.pages), higherIsBetter: true),
            stat("catalog score", "score", summary.score, higherIsBetter: true, isScore: true),
            stat("pages clean", "cleanPages", Double(summary.cleanPages), higherIsBetter: true),
            stat("errors", "errors", Double(summary.errors), higherIsBetter: false),
            stat("warnings", "warnings", Double(summary.warnings), higherIsBetter: false),
            stat("dead links", "deadLinks", Double(summary.deadLinks), higherIsBetter: false),
        ]
        hasRules = !report.rules.isEmpty
        ruleCount = report.rules.count
        chartedRules = min(report.rules.count, Self.chartLimit)
        moreRules = report.rules.count > Self.chartLimit
        rulesChart = SVGCharts.bars(
            report.rules.prefix(Self.chartLimit).map { SVGCharts.Bar(label: $0.id, value: Double($0.findings), text: "\($0.findings)", style: $0.severity.rawValue) },
            maximum: Double(report.rules.map(\.findings).max() ?? 0), title: "Findings by rule")
        rules = report.rules.map {
            RuleRow(
                id: Self.clean($0.id), anchor: Self.anchor($0.id), severity: $0.severity.rawValue, findings: $0.findings, pages: $0.pages,
                description: Self.clean($0.description ?? ""), link: $0.link.map(Self.clean))
        }
        let coverage = report.completeness.sections.map { ("Section: " + $0.name, $0) } + report.completeness.fields.map { ("Field: " + $0.name, $0) }
        hasCompleteness = !coverage.isEmpty
        completenessChart = SVGCharts.bars(
            coverage.map { label, item in
                let percent = item.share * 100
                return SVGCharts.Bar(
                    label: label, value: percent, text: "\(SVGCharts.fmt(percent))% (\(item.pages))",
                    style: percent >= 95 ? "good" : percent >= 75 ? "fair" : "poor")
            },
            maximum: 100, title: "Share of pages with each required section and field")
        groups = report.groups.map { GroupView(field: Self.clean($0.field), chart: SVGCharts.heatmap($0)) }
        links = report.links
        hasLinkReasons = !report.links.byReason.isEmpty
        linksChecked = report.links.checked != false
        pagesToFix = report.pagesToFix.map { page in
            PageView(
                path: Self.clean(page.path), title: page.title.map(Self.clean), score: page.score,
                color: SVGCharts.scoreColor(Double(page.score)), errors: page.errors, warnings: page.warnings, infos: page.infos,
                counts: Self.counts(errors: page.errors, warnings: page.warnings, infos: page.infos),
                findings: page.findings.map {
                    FindingView(
                        rule: Self.clean($0.rule), severity: $0.severity.rawValue, line: $0.line, column: $0.column,
                        message: Self.clean($0.message), sourceLine: $0.sourceLine.isEmpty ? nil : Self.clean($0.sourceLine))
                })
        }
        catalog = CatalogSectionView(report)
        trend = report.trend.map { trend in
            TrendView(
                summary: trend.summary.map {
                    var row = Self.row($0, higherIsBetter: ["pages", "score", "cleanPages"].contains($0.name))
                    row.name = Self.headlineLabels[$0.name] ?? row.name
                    return row
                },
                rules: Self.largestChangesFirst(trend.rules).map { Self.row($0, higherIsBetter: false) },
                groups: Self.largestChangesFirst(trend.groups).map { Self.row($0, higherIsBetter: true) },
                hasGroups: !trend.groups.isEmpty)
        }
    }

    static let headlineLabels = [
        "pages": "pages checked", "score": "catalog score", "cleanPages": "pages clean", "errors": "errors",
        "warnings": "warnings", "infos": "infos", "deadLinks": "dead links",
    ]

    /// Rows that changed most first; unchanged rows and rows missing on one side after them, in their order.
    private static func largestChangesFirst(_ deltas: [CatalogReport.Delta]) -> [CatalogReport.Delta] {
        deltas.enumerated().sorted { lhs, rhs in
            let left = lhs.element.delta.map { -abs($0) } ?? 0, right = rhs.element.delta.map { -abs($0) } ?? 0
            return left != right ? left < right : lhs.offset < rhs.offset
        }.map(\.element)
    }

    private static func row(_ delta: CatalogReport.Delta, higherIsBetter: Bool) -> DeltaRow {
        let text = deltaText(delta, higherIsBetter: higherIsBetter)
        return DeltaRow(
            name: clean(delta.name), previous: delta.previous.map(SVGCharts.fmt) ?? "–", current: delta.current.map(SVGCharts.fmt) ?? "–",
            text: text?.text ?? "new", direction: text?.direction ?? "same")
    }

    private static func deltaText(_ delta: CatalogReport.Delta, higherIsBetter: Bool) -> DeltaText? {
        guard let change = delta.delta else { return nil }
        if change == 0 { return DeltaText(text: "±0", direction: "same") }
        let better = (change > 0) == higherIsBetter
        return DeltaText(text: (change > 0 ? "+" : "−") + SVGCharts.fmt(abs(change)), direction: better ? "better" : "worse")
    }

    static func counts(errors: Int, warnings: Int, infos: Int) -> String {
        func count(_ n: Int, _ word: String) -> String? { n == 0 ? nil : "\(n) \(word)\(n == 1 ? "" : "s")" }
        return [count(errors, "error"), count(warnings, "warning"), count(infos, "info")].compactMap { $0 }.joined(separator: ", ")
    }

    /// An id fit for an HTML `id`: letters, digits, `-` and `_`; anything else a `-`.
    static func anchor(_ id: String) -> String {
        String(id.unicodeScalars.map { scalar in
            (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_") && scalar.isASCII
                ? Character(scalar) : "-"
        })
    }

    /// Control characters are not allowed in XML even escaped, so they become U+FFFD.
    static func clean(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\t" && $0 != "\n" && $0 != "\r" }) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r" ? "\u{FFFD}" : scalar
        }))
    }
}
