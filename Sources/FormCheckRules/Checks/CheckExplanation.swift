/// A check that can say more about itself than its rule's common keys, for
/// `formcheck rules explain` (a `claims` rule lists its cues and relations).
public protocol ExplainableCheck: Check {
    /// Lines shown under the rule's description.
    var explanation: [String] { get }
}
