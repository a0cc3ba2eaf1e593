/// What checking one link target found.
public enum LinkOutcome: Sendable, Hashable, Codable {
    case ok
    /// Not checked: excluded, a scheme that is not fetched, or offline and external.
    case skipped
    case broken(reason: String)
    case fragmentMissing(reason: String)
    case timeout(reason: String)
    case redirectLoop(reason: String)
    case refused(reason: String)
    case failed(reason: String)

    /// Outcomes that share a configurable severity.
    public enum Category: String, Sendable, CaseIterable, Codable {
        case broken
        case fragment
        case timeout
        case redirectLoop = "redirect-loop"
        case refused
        case error

        public var defaultSeverity: Severity {
            switch self {
            case .broken, .redirectLoop, .error: .error
            case .fragment, .timeout, .refused: .warning
            }
        }
    }

    public var category: Category? {
        switch self {
        case .ok, .skipped: nil
        case .broken: .broken
        case .fragmentMissing: .fragment
        case .timeout: .timeout
        case .redirectLoop: .redirectLoop
        case .refused: .refused
        case .failed: .error
        }
    }

    public var reason: String? {
        switch self {
        case .ok, .skipped: nil
        case .broken(let reason), .fragmentMissing(let reason), .timeout(let reason), .redirectLoop(let reason),
             .refused(let reason), .failed(let reason):
            reason
        }
    }

    public var isFailure: Bool { category != nil }
}
