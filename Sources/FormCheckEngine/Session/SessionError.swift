/// Why a session could not do what it was asked; each is a usage, configuration or I/O
/// error (exit code 2 for the command line).
public enum SessionError: Error, CustomStringConvertible, Sendable {
    /// The files could not be collected: a missing path, or git failed for `changedSince`.
    case files(String)
    /// The baseline file could not be read.
    case baseline(Baseline.LoadError)
    /// Shard results that do not make one run (unreadable, other rules, a part missing).
    case shards(String)

    public var description: String {
        switch self {
        case .files(let reason): "error: \(reason)"
        case .baseline(let error): error.description
        case .shards(let reason): "error: \(reason)"
        }
    }
}
