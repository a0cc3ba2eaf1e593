/// The heading anchors of one page, sorted, for lookups by binary search: a compact
/// stand-in for a `Set<String>` kept for every page of a catalog.
public struct PageAnchors: Sendable, Hashable {
    public let sorted: [String]

    public init<S: Sequence<String>>(_ anchors: S, interner: Interner<String>? = nil) {
        let unique = Set(anchors).sorted()
        sorted = interner.map { interner in unique.map(interner.intern) } ?? unique
    }

    public func contains(_ anchor: String) -> Bool {
        var low = 0, high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < anchor { low = middle + 1 } else { high = middle }
        }
        return low < sorted.count && sorted[low] == anchor
    }

    public var count: Int { sorted.count }
}
