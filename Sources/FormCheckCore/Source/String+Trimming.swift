extension StringProtocol {
    /// The string without leading and trailing spaces, tabs and line breaks.
    public var trimmingWhitespace: String {
        // `String(self)` is free for a String and one copy for a Substring; building a
        // `String.UnicodeScalarView` from a generic scalar sequence instead went scalar by
        // scalar through `map` (~19k instructions per list item in profiles).
        let scalars = String(self).unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
