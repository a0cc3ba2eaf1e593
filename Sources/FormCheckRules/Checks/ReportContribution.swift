/// What a check adds to the catalog report's completeness measures: the top-level sections
/// and the fields it requires of every page. Most checks add nothing.
public struct ReportContribution: Sendable, Hashable {
    public var sections: [String]
    public var fields: [String]

    public init(sections: [String] = [], fields: [String] = []) {
        self.sections = sections
        self.fields = fields
    }
}

extension Check {
    /// Nothing, unless the kind says otherwise.
    public var reportContribution: ReportContribution { ReportContribution() }
}

extension SectionsCheck {
    /// The sections it requires at the top level (a scoped check measures a subsection).
    public var reportContribution: ReportContribution {
        ReportContribution(sections: scope == nil ? required : [])
    }
}

extension FieldsCheck {
    /// The fields it requires.
    public var reportContribution: ReportContribution {
        ReportContribution(fields: required ? names : [])
    }
}
