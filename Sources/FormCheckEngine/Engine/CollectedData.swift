/// What `Linter.lint(paths:collecting:)` keeps of each page besides its findings. Each
/// costs memory per page for the whole run, so a caller asks only for what it uses:
/// `formcheck lint` the links when they are checked, `formcheck report` both, `fix` neither.
public struct CollectedData: OptionSet, Sendable {
    public let rawValue: Int

    public init(rawValue: Int) { self.rawValue = rawValue }

    /// Each page's links and heading anchors (`PageLinks`), for the link check across pages.
    public static let links = CollectedData(rawValue: 1 << 0)
    /// Each page's summary (`PageFacts`), for the catalog report.
    public static let pageFacts = CollectedData(rawValue: 1 << 1)
    /// Each page's record for the catalog rules (`CatalogPage`).
    public static let catalog = CollectedData(rawValue: 1 << 2)
    /// With `catalog`: each page's record also holds what references between pages need
    /// (`CatalogPage.references`: title, fields, references read).
    public static let references = CollectedData(rawValue: 1 << 3)
}
