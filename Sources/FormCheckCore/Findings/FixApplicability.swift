/// How certain a fix is, after Ruff's safe/unsafe fixes and clippy's applicability.
///
/// Ordered from most to least certain: combining two levels keeps the less certain one.
public enum FixApplicability: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Cannot change what the page states: a case-only change, an exact alias replaced by
    /// its canonical value, list numbering, whitespace, a template sentence re-rendered from
    /// valid fields, a unique near-miss section title, a link URL offline resolution finds.
    /// `formcheck fix` and `lint --fix` apply these.
    case safe
    /// Probably right, but may change a fact: a near-miss value, a link URL nothing
    /// configured can verify, anything derived from another unsafe change. Applied only
    /// with `--unsafe-fixes`.
    case unsafe
    /// Shown to the writer, never applied (also every fix of a rule with `fix: false`).
    case suggestion

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
