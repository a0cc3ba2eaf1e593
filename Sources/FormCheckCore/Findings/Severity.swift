public enum Severity: String, Sendable, Comparable, CaseIterable, Codable {
    case info
    case warning
    case error

    private var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// The lowest severity that makes a run fail (exit code 1); `never` never fails.
public enum FailLevel: String, Sendable, CaseIterable, Codable {
    case error
    case warning
    case info
    case never

    public func fails(on severity: Severity) -> Bool {
        switch self {
        case .never: false
        case .error: severity >= .error
        case .warning: severity >= .warning
        case .info: true
        }
    }
}
