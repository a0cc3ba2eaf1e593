extension Substring {
    /// The characters of a byte range counted from the substring's start (clamped).
    func utf8Slice(_ bytes: Range<Int>) -> Substring {
        let view = utf8
        let lower: String.Index = view.index(view.startIndex, offsetBy: bytes.lowerBound, limitedBy: view.endIndex) ?? view.endIndex
        var upper: String.Index = view.index(view.startIndex, offsetBy: bytes.upperBound, limitedBy: view.endIndex) ?? view.endIndex
        if upper < lower { upper = lower }
        return self[lower..<upper]
    }
}
