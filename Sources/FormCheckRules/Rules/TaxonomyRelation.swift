/// How two values of one taxonomy enum may stand for each other in prose, declared in the
/// pack with `part-of:` and `related:` on a value.
public enum TaxonomyRelation: String, Sendable, Hashable, CaseIterable {
    /// One value is a part of the other, either way round (a region of a larger whole).
    case partOf = "part-of"
    /// The pack says the two values are related (declared on either of them).
    case related
}

extension TaxonomyEnum {
    /// Whether `lhs` and `rhs` (canonical values of this enum) are the same value or linked
    /// by one of `relations`, in one step, in either direction.
    public func links(_ lhs: String, _ rhs: String, through relations: Set<TaxonomyRelation>) -> Bool {
        let left = TitleKey(lhs), right = TitleKey(rhs)
        if left == right { return true }
        guard let a = value(matching: lhs), let b = value(matching: rhs) else { return false }
        func names(_ list: [String], _ other: TaxonomyValue) -> Bool { list.contains { TitleKey($0) == TitleKey(other.canonical) } }
        if relations.contains(.partOf), names(a.partOf, b) || names(b.partOf, a) { return true }
        if relations.contains(.related), names(a.related, b) || names(b.related, a) { return true }
        return false
    }
}
