/// How findings lower a page's score: a page starts at 100 and loses `error` points per
/// error, `warning` per warning and `info` per info, down to 0. The catalog's score is the
/// mean of its pages' scores. docs/report.md states the same formula.
public struct ScoreWeights: Codable, Sendable, Hashable {
    public var error: Int
    public var warning: Int
    public var info: Int

    public static let standard = ScoreWeights(error: 10, warning: 3, info: 1)

    public init(error: Int, warning: Int, info: Int) {
        self.error = error
        self.warning = warning
        self.info = info
    }

    public func weight(of severity: Severity) -> Int {
        switch severity {
        case .error: error
        case .warning: warning
        case .info: info
        }
    }

    /// 100 minus the weights of the findings, at least 0.
    public func score(_ diagnostics: [Diagnostic]) -> Int {
        max(0, 100 - diagnostics.reduce(0) { $0 + weight(of: $1.severity) })
    }

    /// The mean of the scores to one decimal; 100 for no pages.
    public static func mean(_ scores: [Int]) -> Double {
        guard !scores.isEmpty else { return 100 }
        return rounded(Double(scores.reduce(0, +)) / Double(scores.count), decimals: 1)
    }

    static func rounded(_ value: Double, decimals: Int) -> Double {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        return (value * scale).rounded() / scale
    }
}
