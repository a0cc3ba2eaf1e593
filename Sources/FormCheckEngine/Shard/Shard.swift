/// One of N parts of a catalog (`--shard I/N`): a page belongs to the part its path's hash
/// picks, so the split is the same on every machine and a page stays in its part when
/// other pages are added or removed. Balance is only statistical.
public struct Shard: Sendable, Hashable, Codable, CustomStringConvertible {
    /// 1-based.
    public var index: Int
    public var count: Int

    public init?(index: Int, count: Int) {
        guard count >= 1, (1...count).contains(index) else { return nil }
        self.index = index
        self.count = count
    }

    /// `I/N` with 1 ≤ I ≤ N.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else { return nil }
        self.init(index: index, count: count)
    }

    public var description: String { "\(index)/\(count)" }

    /// Whether the page at `path` is in this part (`./a.md` and `a.md` are one page).
    public func contains(_ path: String) -> Bool {
        Int(Fingerprint.fnv1a64(Array(Fingerprint.normalisedPath(path).utf8)) % UInt64(count)) == index - 1
    }

    /// The pages of `paths` in this part, in their order.
    public func select(_ paths: [String]) -> [String] { paths.filter(contains) }
}
