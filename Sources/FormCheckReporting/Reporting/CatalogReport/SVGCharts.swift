/// The report's charts as inline SVG, drawn in Swift: horizontal bars and a group heatmap.
/// Every label is escaped; sizes are in a viewBox so the chart scales to the page width.
enum SVGCharts {
    struct Bar {
        var label: String
        var value: Double
        /// What is written after the bar, e.g. `12` or `83%`.
        var text: String
        /// A CSS class of the bar (`error`, `warning`, `info`, `good`…), styled by the page.
        var style: String
    }

    /// Bar charts are narrow so their text stays legible when scaled down to a phone.
    static let barsWidth = 480.0
    private static let barsLabelWidth = 200.0
    /// The heatmap's columns need more room; it scrolls sideways on a phone.
    static let heatmapWidth = 600.0
    private static let heatmapLabelWidth = 170.0
    private static let rowHeight = 26.0

    /// One bar per row, scaled so `maximum` fills the bar area.
    static func bars(_ bars: [Bar], maximum: Double, title: String) -> String {
        let labelWidth = barsLabelWidth
        let area = barsWidth - labelWidth - 90
        let height = Double(bars.count) * rowHeight + 8
        var svg = open(width: barsWidth, height: height, title: title)
        for (index, bar) in bars.enumerated() {
            let y = 4 + Double(index) * rowHeight
            let length = maximum > 0 ? max(bar.value > 0 ? 2 : 0, area * bar.value / maximum) : 0
            svg += "<g><title>\(esc(bar.label)): \(esc(bar.text))</title>"
            svg += "<text x=\"\(fmt(labelWidth - 8))\" y=\"\(fmt(y + 17))\" text-anchor=\"end\" class=\"label\">\(esc(truncated(bar.label, 28)))</text>"
            svg += "<rect x=\"\(fmt(labelWidth))\" y=\"\(fmt(y + 4))\" width=\"\(fmt(length))\" height=\"\(fmt(rowHeight - 8))\" rx=\"3\" class=\"bar \(esc(bar.style))\"/>"
            svg += "<text x=\"\(fmt(labelWidth + length + 6))\" y=\"\(fmt(y + 17))\" class=\"value\">\(esc(bar.text))</text></g>"
        }
        return svg + "</svg>"
    }

    /// Rows are a grouping field's values; columns pages, score, errors, warnings, infos.
    /// The score cell is coloured from red (0) to green (100), the counts by their size.
    static func heatmap(_ group: CatalogReport.GroupBreakdown) -> String {
        let columns = ["Pages", "Score", "Errors", "Warnings", "Infos"]
        let labelWidth = heatmapLabelWidth
        let cell = (heatmapWidth - labelWidth) / Double(columns.count)
        let height = Double(group.values.count + 1) * rowHeight + 4
        var svg = open(width: heatmapWidth, height: height, title: "Score and findings by \(group.field)", extraClass: " heatmap")
        for (index, column) in columns.enumerated() {
            let x = labelWidth + Double(index) * cell + cell / 2
            svg += "<text x=\"\(fmt(x))\" y=\"18\" text-anchor=\"middle\" class=\"head\">\(column)</text>"
        }
        let maxErrors = group.values.map(\.errors).max() ?? 0
        let maxWarnings = group.values.map(\.warnings).max() ?? 0
        let maxInfos = group.values.map(\.infos).max() ?? 0
        for (row, value) in group.values.enumerated() {
            let y = Double(row + 1) * rowHeight
            svg += "<g><title>\(esc(group.field)): \(esc(value.value)), score \(fmt(value.score))</title>"
            svg += "<text x=\"\(fmt(labelWidth - 8))\" y=\"\(fmt(y + 17))\" text-anchor=\"end\" class=\"label\">\(esc(truncated(value.value, 24)))</text>"
            let cells: [(String, String)] = [
                ("\(value.pages)", "fill:#eef1f5"),
                (fmt(value.score), "fill:\(scoreColor(value.score))"),
                ("\(value.errors)", "fill:\(intensity(value.errors, of: maxErrors, hue: 0))"),
                ("\(value.warnings)", "fill:\(intensity(value.warnings, of: maxWarnings, hue: 35))"),
                ("\(value.infos)", "fill:\(intensity(value.infos, of: maxInfos, hue: 210))"),
            ]
            for (index, (text, style)) in cells.enumerated() {
                let x = labelWidth + Double(index) * cell
                svg += "<rect x=\"\(fmt(x + 1))\" y=\"\(fmt(y + 1))\" width=\"\(fmt(cell - 2))\" height=\"\(fmt(rowHeight - 2))\" style=\"\(style)\"/>"
                svg += "<text x=\"\(fmt(x + cell / 2))\" y=\"\(fmt(y + 17))\" text-anchor=\"middle\" class=\"cell\">\(text)</text>"
            }
            svg += "</g>"
        }
        return svg + "</svg>"
    }

    /// Red at 50 and below, through amber, to green at 100 (most pages score between 50
    /// and 100, so the scale spends its colours there); light enough for dark text.
    static func scoreColor(_ score: Double) -> String {
        "hsl(\(Int((max(50, min(100, score)) - 50) * 2.4)),70%,72%)"
    }

    private static func intensity(_ value: Int, of maximum: Int, hue: Int) -> String {
        guard value > 0, maximum > 0 else { return "#f6f7f9" }
        let lightness = 92 - Int(30 * Double(value) / Double(maximum))
        return "hsl(\(hue),75%,\(lightness)%)"
    }

    private static func open(width: Double, height: Double, title: String, extraClass: String = "") -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(fmt(width)) \(fmt(height))\" class=\"chart\(extraClass)\" role=\"img\" aria-label=\"\(esc(title))\">"
    }

    private static func truncated(_ text: String, _ limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }

    private static func esc(_ text: String) -> String { MarkupEscaping.escape(text) }

    /// A number without a trailing `.0`.
    static func fmt(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
