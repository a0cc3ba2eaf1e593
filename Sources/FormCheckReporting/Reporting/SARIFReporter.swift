import Foundation

/// SARIF 2.1.0 as GitHub code scanning reads it: the driver lists every rule, each result
/// points at its rule by id and index, columns are UTF-16 code units, URIs are relative to
/// `%SRCROOT%`, and `partialFingerprints` survive line shifts (see ``Fingerprint``).
public struct SARIFReporter: Reporter {
    public static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"
    public var context: ReportContext

    public init(context: ReportContext = ReportContext()) {
        self.context = context
    }

    public func report(_ result: LintResult) -> String {
        let diagnostics = result.diagnostics
        let rules = context.rules(covering: diagnostics)
        let index = Dictionary(rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let log = SARIFLog(runs: [
            SARIFLog.Run(
                tool: .init(driver: .init(
                    name: "formcheck", version: context.toolVersion, informationUri: context.informationURI,
                    rules: rules.map(Self.descriptor))),
                results: diagnostics.map { sarifResult(for: $0, ruleIndex: index[$0.ruleID] ?? 0) })
        ])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(log)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    /// `missing-section` → `MissingSection`, SARIF's readable rule name.
    static func name(of id: String) -> String {
        id.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    static func descriptor(_ rule: ReportContext.RuleInfo) -> SARIFLog.Rule {
        let full = rule.description ?? rule.id
        let short = full.split(separator: "\n", maxSplits: 1).first.map(String.init) ?? full
        return SARIFLog.Rule(
            id: rule.id, name: name(of: rule.id), shortDescription: .init(text: short), fullDescription: .init(text: full),
            helpUri: rule.link, defaultConfiguration: .init(level: level(rule.severity)))
    }

    /// A percent-encoded URI: relative to `%SRCROOT%` (`./` stripped, backslashes as
    /// slashes), or a `file://` URI for an absolute path, which has no base.
    static func artifact(_ path: String) -> SARIFLog.ArtifactLocation {
        let normalised = Fingerprint.normalisedPath(path)
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: ":")
        let encoded = normalised.addingPercentEncoding(withAllowedCharacters: allowed) ?? normalised
        if normalised.hasPrefix("/") { return SARIFLog.ArtifactLocation(uri: "file://" + encoded, uriBaseId: nil) }
        return SARIFLog.ArtifactLocation(uri: encoded, uriBaseId: "%SRCROOT%")
    }

    private func location(_ diagnostic: Diagnostic, range: SourceRange, columns: UTF16Columns?, path: String? = nil) -> SARIFLog.PhysicalLocation {
        let columns = columns ?? UTF16Columns(start: range.start.column, end: range.end.column)
        return SARIFLog.PhysicalLocation(
            artifactLocation: Self.artifact(path ?? diagnostic.path),
            region: .init(startLine: range.start.line, startColumn: columns.start, endLine: range.end.line, endColumn: columns.end))
    }

    private func sarifResult(for diagnostic: Diagnostic, ruleIndex: Int) -> SARIFLog.Result {
        let related = diagnostic.related.enumerated().map { offset, related in
            SARIFLog.RelatedLocation(
                id: offset + 1, physicalLocation: location(diagnostic, range: related.range, columns: related.utf16Columns, path: related.path),
                message: .init(text: related.message))
        }
        return SARIFLog.Result(
            ruleId: diagnostic.ruleID, ruleIndex: ruleIndex, level: Self.level(diagnostic.severity),
            message: .init(text: diagnostic.message),
            locations: [.init(physicalLocation: location(diagnostic, range: diagnostic.range, columns: diagnostic.utf16Columns))],
            partialFingerprints: ["formcheckFingerprint/v1": Fingerprint.of(diagnostic)],
            relatedLocations: related.isEmpty ? nil : related,
            properties: diagnostic.fixApplicability.map { SARIFLog.ResultProperties(fixApplicability: $0.rawValue) })
    }
}

/// The subset of the SARIF 2.1.0 object model FormCheck writes.
struct SARIFLog: Encodable {
    struct Message: Encodable { var text: String }
    struct Configuration: Encodable { var level: String }
    struct Rule: Encodable {
        var id: String
        var name: String
        var shortDescription: Message
        var fullDescription: Message
        var helpUri: String?
        var defaultConfiguration: Configuration
    }
    struct Driver: Encodable {
        var name: String
        var version: String
        var informationUri: String
        var rules: [Rule]
    }
    struct Tool: Encodable { var driver: Driver }
    struct ArtifactLocation: Encodable, Equatable { var uri: String; var uriBaseId: String? }
    struct Region: Encodable { var startLine: Int; var startColumn: Int; var endLine: Int; var endColumn: Int }
    struct PhysicalLocation: Encodable { var artifactLocation: ArtifactLocation; var region: Region }
    struct Location: Encodable { var physicalLocation: PhysicalLocation }
    struct RelatedLocation: Encodable { var id: Int; var physicalLocation: PhysicalLocation; var message: Message }
    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int
        var level: String
        var message: Message
        var locations: [Location]
        var partialFingerprints: [String: String]
        var relatedLocations: [RelatedLocation]?
        /// The property bag: how certain the finding's fix is, when it offers one.
        var properties: ResultProperties?
    }
    struct ResultProperties: Encodable { var fixApplicability: String }
    struct Run: Encodable {
        var tool: Tool
        var columnKind = "utf16CodeUnits"
        var results: [Result]
    }

    var schema = SARIFReporter.schemaURI
    var version = "2.1.0"
    var runs: [Run]

    enum CodingKeys: String, CodingKey {
        case schema = "$schema"
        case version, runs
    }
}
