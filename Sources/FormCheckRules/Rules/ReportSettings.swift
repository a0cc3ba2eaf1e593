/// What the pack asks of `formcheck report` (`report:`): the fields whose values split the
/// catalog into groups (e.g. one group per value of a category field).
public struct ReportSettings: Sendable, Hashable {
    public var groupBy: [String]

    public init(groupBy: [String] = []) {
        self.groupBy = groupBy
    }
}

/// Reads `report: { group-by: [Field, Other Field] }`; each name must be one of the pack's fields.
enum ReportSettingsLoader {
    static func load(_ node: YAMLNode, fieldNames: [String]) throws(YAMLError) -> ReportSettings {
        var reader = try YAMLMappingReader(node, context: "report")
        var settings = ReportSettings()
        if let groupBy = reader.optional("group-by") {
            settings.groupBy = try groupBy.stringList()
            if !fieldNames.isEmpty {
                let known = Set(fieldNames.map(TitleKey.init))
                for name in settings.groupBy where !known.contains(TitleKey(name)) {
                    let hint = closestMatch(to: name, in: fieldNames).map { "; did you mean '\($0)'?" } ?? ""
                    throw YAMLError(at: groupBy, "report.group-by: '\(name)' is not one of the pack's fields\(hint)")
                }
            }
        }
        try reader.finish()
        return settings
    }
}
