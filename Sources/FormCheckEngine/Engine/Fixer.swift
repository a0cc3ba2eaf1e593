/// Applies the fixes of a page's findings to its bytes: all edits of a pass at once, from
/// the end; a fix overlapping one already taken (the earlier rule in pack order wins) is
/// left for the next pass or reported as not fixed. The page is linted again after every
/// pass until nothing changes, at most `maxPasses` times.
public struct Fixer: Sendable {
    public let linter: Linter
    public var maxPasses: Int

    public init(linter: Linter, maxPasses: Int = 5) {
        self.linter = linter
        self.maxPasses = maxPasses
    }

    /// What fixing one page did.
    public struct Outcome: Sendable {
        public var path: String
        public var original: [UInt8]
        public var fixed: [UInt8]
        /// The findings whose fixes were applied, pass by pass.
        public var applied: [Diagnostic]
        /// The page's findings after the last pass.
        public var remaining: [Diagnostic]
        /// Passes that changed the page.
        public var passes: Int
        /// The edits of the first pass, in the original file's offsets (sorted).
        public var firstPassEdits: [Edit]

        public var changed: Bool { original != fixed }
        /// Findings left that have a fix not applied: it overlapped another, or the pass
        /// limit was reached.
        public var notFixed: [Diagnostic] { remaining.filter { $0.fix != nil } }
    }

    public func fix(_ file: SourceFile) -> Outcome {
        var bytes = file.bytes
        var diagnostics = linter.lint(MarkdownParser.parse(file))
        var applied: [Diagnostic] = []
        var firstPassEdits: [Edit] = []
        var passes = 0
        while passes < maxPasses {
            let (accepted, _) = select(diagnostics)
            guard !accepted.isEmpty else { break }
            let edits = accepted.flatMap { $0.fix!.edits }
            let next = Self.apply(edits, to: bytes)
            guard next != bytes else { break }
            if passes == 0 { firstPassEdits = edits.sorted { $0.byteRange.lowerBound < $1.byteRange.lowerBound } }
            bytes = next
            applied += accepted
            passes += 1
            diagnostics = linter.lint(MarkdownParser.parse(SourceFile(path: file.path, bytes: bytes)))
        }
        return Outcome(
            path: file.path, original: file.bytes, fixed: bytes, applied: applied, remaining: diagnostics, passes: passes,
            firstPassEdits: firstPassEdits)
    }

    /// The fixes to apply together: rules in pack order, within a rule by position; a fix
    /// overlapping one taken is rejected.
    public func select(_ diagnostics: [Diagnostic]) -> (accepted: [Diagnostic], rejected: [Diagnostic]) {
        let order = Dictionary(linter.ruleSet.rules.enumerated().map { ($1.id, $0) }) { first, _ in first }
        let fixable = diagnostics.filter { $0.fix != nil }.sorted { lhs, rhs in
            let left = order[lhs.ruleID] ?? Int.max, right = order[rhs.ruleID] ?? Int.max
            if left != right { return left < right }
            return lhs.range.start.offset < rhs.range.start.offset
        }
        var accepted: [Diagnostic] = []
        var rejected: [Diagnostic] = []
        for diagnostic in fixable {
            let fix = diagnostic.fix!
            let selfOverlapping = fix.edits.indices.contains { i in fix.edits.indices.contains { j in i < j && fix.edits[i].overlaps(fix.edits[j]) } }
            if selfOverlapping || accepted.contains(where: { $0.fix!.overlaps(fix) }) {
                rejected.append(diagnostic)
            } else {
                accepted.append(diagnostic)
            }
        }
        return (accepted, rejected)
    }

    /// The bytes with non-overlapping edits applied, from the last to the first, each
    /// replacement's line breaks written in the file's style.
    public static func apply(_ edits: [Edit], to bytes: [UInt8]) -> [UInt8] {
        let lineBreak = LineBreakStyle(of: bytes)
        var result = bytes
        for edit in edits.sorted(by: { $0.byteRange.lowerBound > $1.byteRange.lowerBound }) {
            let range = edit.byteRange.clamped(to: 0..<result.count)
            result.replaceSubrange(range, with: lineBreak.convert(edit.replacement))
        }
        return result
    }
}

/// A file's line breaks: CRLF when its first line break is `\r\n`, else LF.
public enum LineBreakStyle: Sendable {
    case lf, crlf

    public init(of bytes: [UInt8]) {
        guard let index = bytes.firstIndex(of: 0x0A) else { self = .lf; return }
        self = index > 0 && bytes[index - 1] == 0x0D ? .crlf : .lf
    }

    /// A replacement's bytes with every line break (`\n` or `\r\n`) in this style.
    func convert(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == 0x0A {
                if self == .crlf, previous != 0x0D { out.append(0x0D) }
                if self == .lf, previous == 0x0D { out.removeLast() }
            }
            out.append(byte)
            previous = byte
        }
        return out
    }
}
