/// What a `references` rule read on one page: the pages it names with the values it gives
/// them, and the counts it claims of the catalog. Kept per page for the catalog pass, which
/// resolves names once every page is known, so it is compact and `Codable`.
public struct PageReferences: Codable, Sendable, Hashable {
    /// The id of the rule that read them.
    public var ruleID: String
    public var references: [PageReference]
    /// Counts checked against the catalog (only when the rule asks for it).
    public var counts: [CountClaim]

    public init(ruleID: String, references: [PageReference] = [], counts: [CountClaim] = []) {
        self.ruleID = ruleID
        self.references = references
        self.counts = counts
    }
}

/// A page named by its title, with the values the naming page gives it.
public struct PageReference: Codable, Sendable, Hashable {
    public var name: String
    public var range: SourceRange
    public var values: [ClaimedValue]
}

/// One value a page gives an attribute of another page (or of a group of pages).
public struct ClaimedValue: Codable, Sendable, Hashable {
    /// The attribute as the rule declares it (`attributes:`).
    public var attribute: String
    public var value: String
    public var range: SourceRange
    /// Said of a group the entry is in (a heading, a count claim), not by the entry itself.
    public var inherited: Bool
}

/// "`{{count}}` items for your `{{Part}}`": a number of pages with some values.
public struct CountClaim: Codable, Sendable, Hashable {
    public var count: Int
    /// The number's range.
    public var range: SourceRange
    /// The values the counted pages share: this claim's and those of the claims around it.
    public var conditions: [ClaimedValue]
    /// How many entries the page lists under the claim (0: none listed).
    public var listed: Int
}
