/// The report's catalog section as the template sees it: vocabulary drift (each field's
/// marked values) and the pairs of pages catalog rules found alike.
struct CatalogSectionView {
    struct DriftField {
        var name: String
        var taxonomy: String?
        var values: Int
        var marked: [DriftValue]
    }

    struct DriftValue {
        var value: String
        var pages: Int
        var marks: [DriftMark]
    }

    struct DriftMark {
        var kind: String
        var note: String
    }

    struct PairRow {
        var rule: String
        var page: String
        var other: String
        var message: String
    }

    var hasVocabulary: Bool
    /// Fields with at least one marked value.
    var driftFields: [DriftField]
    var markedValues: Int
    var duplicateValues: [PairRow]
    var hasDuplicateValues: Bool
    var pairs: [PairRow]
    var hasPairs: Bool

    init(_ report: CatalogReport) {
        let clean = HTMLReportView.clean
        hasVocabulary = report.vocabulary != nil
        driftFields = (report.vocabulary?.fields ?? []).compactMap { field in
            let marked = field.values.filter { !$0.marks.isEmpty }.map { value in
                DriftValue(
                    value: clean(value.value), pages: value.pages,
                    marks: value.marks.map { DriftMark(kind: $0.kind.rawValue, note: clean($0.note)) })
            }
            guard !marked.isEmpty else { return nil }
            return DriftField(name: clean(field.name), taxonomy: field.taxonomy.map(clean), values: field.values.count, marked: marked)
        }
        markedValues = driftFields.reduce(0) { $0 + $1.marked.count }
        duplicateValues = (report.vocabulary?.duplicates ?? []).map {
            PairRow(rule: clean($0.field), page: clean($0.duplicate), other: clean($0.canonical), message: clean($0.reason))
        }
        hasDuplicateValues = !duplicateValues.isEmpty
        pairs = (report.duplicatePairs ?? []).map {
            PairRow(rule: clean($0.rule), page: clean($0.page), other: clean($0.other), message: clean($0.message))
        }
        hasPairs = !pairs.isEmpty
    }
}
