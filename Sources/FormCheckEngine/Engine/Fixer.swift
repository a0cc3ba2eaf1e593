/// Applies the fixes of a page's findings to its bytes: all edits of a pass at once, from
/// the end; a fix overlapping one already taken (the earlier rule in pack order wins) is
/// left for the next pass or reported as not fixed. The page is linted again after every
/// pass until nothing changes, at most `maxPasses` times.
///
/// Only safe fixes are applied, plus unsafe ones with `unsafeFixes`; suggestions never. A
/// fix derived from a field (`Fix.derivedFrom`) that an unsafe fix changed earlier in the
/// run is itself unsafe: an unsafe change never spreads under the name of a safe one.
public struct Fixer: Sendable {
    public let linter: Linter
    public var maxPasses: Int
    /// Also apply unsafe fixes (`--unsafe-fixes`).
    public var unsafeFixes: Bool

    public init(linter: Linter, maxPasses: Int = 5, unsafeFixes: Bool = false) {
        self.linter = linter
        self.maxPasses = maxPasses
        self.unsafeFixes = unsafeFixes
    }

    /// What fixing one page did.
    public struct Outcome: Sendable {
        public var path: String
        public var original: [UInt8]
        public var fixed: [UInt8]
        /// The findings whose fixes were applied, pass by pass, each fix with the level it
        /// was applied at.
        public var applied: [Diagnostic]
        /// The page's findings after the last pass.
        public var remaining: [Diagnostic]
        /// Passes that changed the page.
        public var passes: Int
        /// The edits of the first pass, in the original file's offsets (sorted).
        public var firstPassEdits: [Edit]
        /// Whether unsafe fixes were applied in this run.
        public var unsafeFixes: Bool = false

        public var changed: Bool { original != fixed }
        /// Findings left with a fix this run would apply that was not applied: it overlapped
        /// another, or the pass limit was reached.
        public var notFixed: [Diagnostic] {
            remaining.filter { ($0.fix?.applicability).map { $0 == .safe || (unsafeFixes && $0 == .unsafe) } ?? false }
        }
        /// Findings left with an unsafe fix that `--unsafe-fixes` would apply.
        public var unsafeLeft: [Diagnostic] { unsafeFixes ? [] : remaining.filter { $0.fix?.applicability == .unsafe } }
        /// Findings left with a suggestion only.
        public var suggestions: [Diagnostic] { remaining.filter { $0.fixApplicability == .suggestion } }
    }

    public func fix(_ file: SourceFile) -> Outcome {
        var bytes = file.bytes
        var document = MarkdownParser.parse(file)
        var diagnostics = linter.lint(document)
        var applied: [Diagnostic] = []
        var firstPassEdits: [Edit] = []
        var passes = 0
        // Fields an applied unsafe fix changed: what derives from them is unsafe too.
        var unsafelyChanged = Set<TitleKey>()
        while passes < maxPasses {
            let candidates = diagnostics.map { Self.relabel($0, unsafelyChanged: unsafelyChanged) }
            let (accepted, _) = select(candidates)
            guard !accepted.isEmpty else { break }
            let edits = accepted.flatMap { $0.fix!.edits }
            let next = Self.apply(edits, to: bytes)
            guard next != bytes else { break }
            if passes == 0 { firstPassEdits = edits.sorted { $0.byteRange.lowerBound < $1.byteRange.lowerBound } }
            let unsafeEdits = accepted.filter { $0.fix?.applicability == .unsafe }.flatMap { $0.fix!.edits }
            for field in linter.ruleSet.fieldSource.fields(of: document) where unsafeEdits.contains(where: { Self.touches($0, field) }) {
                unsafelyChanged.insert(TitleKey(field.key))
            }
            bytes = next
            applied += accepted
            passes += 1
            document = MarkdownParser.parse(SourceFile(path: file.path, bytes: bytes))
            diagnostics = linter.lint(document)
        }
        return Outcome(
            path: file.path, original: file.bytes, fixed: bytes, applied: applied,
            remaining: diagnostics.map { Self.relabel($0, unsafelyChanged: unsafelyChanged) }, passes: passes,
            firstPassEdits: firstPassEdits, unsafeFixes: unsafeFixes)
    }

    /// Whether this run applies a fix of this level.
    public func applies(_ applicability: FixApplicability) -> Bool {
        applicability == .safe || (unsafeFixes && applicability == .unsafe)
    }

    /// The finding with its fix unsafe when the fix derives from a field an unsafe fix changed.
    static func relabel(_ diagnostic: Diagnostic, unsafelyChanged: Set<TitleKey>) -> Diagnostic {
        guard !unsafelyChanged.isEmpty, let fix = diagnostic.fix, fix.derivedFrom.contains(where: { unsafelyChanged.contains(TitleKey($0)) })
        else { return diagnostic }
        var relabelled = diagnostic
        relabelled.demoteFix(to: .unsafe)
        return relabelled
    }

    /// Whether an edit changes the field's key or value.
    static func touches(_ edit: Edit, _ field: Field) -> Bool {
        let lower = min(field.keyRange.start.offset, field.valueRange.start.offset)
        let upper = max(field.keyRange.end.offset, field.valueRange.end.offset)
        let bytes = edit.byteRange
        return bytes.lowerBound <= upper && lower <= bytes.upperBound
    }

    /// The fixes to apply together: those of a level this run applies, rules in pack order,
    /// within a rule by position; a fix overlapping one taken is rejected.
    public func select(_ diagnostics: [Diagnostic]) -> (accepted: [Diagnostic], rejected: [Diagnostic]) {
        let order = Dictionary(linter.ruleSet.rules.enumerated().map { ($1.id, $0) }) { first, _ in first }
        let fixable = diagnostics.filter { $0.fix.map { applies($0.applicability) } ?? false }.sorted { lhs, rhs in
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
    package func convert(_ text: String) -> [UInt8] {
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
