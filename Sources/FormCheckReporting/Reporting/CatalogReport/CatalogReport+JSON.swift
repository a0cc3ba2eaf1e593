import Foundation

extension CatalogReport {
    /// The report as stable JSON: keys sorted, two-space indentation, newline at the end.
    public func json() throws -> String {
        try JSONDocument.text(self)
    }

    public enum DecodingFailure: Error, CustomStringConvertible {
        case unreadable(String)
        case unsupportedVersion(Int)

        public var description: String {
            switch self {
            case .unreadable(let reason): "not a FormCheck report (JSON): \(reason)"
            case .unsupportedVersion(let version): "report format version \(version) is not supported (expected \(CatalogReport.formatVersion))"
            }
        }
    }

    /// Reads a report written by `json()`, e.g. last month's, for `--compare`.
    public init(json data: Data) throws(DecodingFailure) {
        struct Versioned: Decodable { var version: Int }
        guard let versioned = try? JSONDecoder().decode(Versioned.self, from: data) else {
            throw .unreadable("no 'version'")
        }
        guard versioned.version == Self.formatVersion else { throw .unsupportedVersion(versioned.version) }
        do {
            self = try JSONDecoder().decode(CatalogReport.self, from: data)
        } catch {
            throw .unreadable(String(describing: error))
        }
    }
}
