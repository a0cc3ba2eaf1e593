import Foundation

/// Hands out one shared copy of each distinct value, so values repeated across pages (the
/// same URL on thousands of pages, the same section titles) are stored once. Safe to use
/// from concurrent workers.
public final class Interner<Value: Hashable & Sendable>: @unchecked Sendable {
    private var values: Set<Value> = []
    private let lock = NSLock()

    public init() {}

    /// The stored copy equal to `value`, storing `value` if it is the first.
    public func intern(_ value: Value) -> Value {
        lock.withLock { values.insert(value).memberAfterInsert }
    }

    public var count: Int { lock.withLock { values.count } }
}
