extension Diagnostic {
    /// How certain the finding's offered edits are: its fix's level, `.suggestion` when it
    /// has only a suggestion, nil when it offers no edits.
    public var fixApplicability: FixApplicability? {
        fix?.applicability ?? (suggestion == nil ? nil : .suggestion)
    }

    /// Makes the fix no more certain than `level`; a fix that becomes a suggestion moves to
    /// `suggestion` (kept when the finding already has one).
    package mutating func demoteFix(to level: FixApplicability) {
        guard let fix else { return }
        let demoted = fix.demoted(to: level)
        if demoted.applicability == .suggestion {
            self.fix = nil
            suggestion = suggestion ?? demoted
        } else {
            self.fix = demoted
        }
    }
}
