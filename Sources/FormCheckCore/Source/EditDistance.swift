/// The Levenshtein distance between two strings, counted in `Character`s:
/// the fewest insertions, deletions and substitutions that turn `a` into `b`.
public func editDistance(_ a: String, _ b: String) -> Int {
    distance(Array(a), Array(b), transpositions: false)
}

/// Like `editDistance`, but swapping two neighbouring characters counts as one edit
/// (the optimal string alignment distance): `sectoins` is one typo away from `sections`.
public func typoDistance(_ a: String, _ b: String) -> Int {
    distance(Array(a), Array(b), transpositions: true)
}

private func distance(_ source: [Character], _ target: [Character], transpositions: Bool) -> Int {
    if source.isEmpty { return target.count }
    if target.isEmpty { return source.count }
    // Three rolling rows of the classic dynamic-programming table (two without transpositions).
    var beforePrevious = [Int](repeating: 0, count: target.count + 1)
    var previous = Array(0...target.count)
    var current = [Int](repeating: 0, count: target.count + 1)
    for i in 1...source.count {
        current[0] = i
        for j in 1...target.count {
            let substitution = previous[j - 1] + (source[i - 1] == target[j - 1] ? 0 : 1)
            current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
            if transpositions, i > 1, j > 1, source[i - 1] == target[j - 2], source[i - 2] == target[j - 1] {
                current[j] = min(current[j], beforePrevious[j - 2] + 1)
            }
        }
        (beforePrevious, previous, current) = (previous, current, beforePrevious)
    }
    return previous[target.count]
}

/// The candidate a misspelt `word` most likely meant, or `nil` when none is close
/// (see `DidYouMean`).
public func closestMatch(to word: String, in candidates: [String]) -> String? {
    DidYouMean.best(for: word, in: candidates)
}

/// "Did you mean …?": the one owner of near-miss matching, for pack keys, rule ids,
/// section titles and field values alike. A guess is offered only when it is likely a typo
/// of one candidate, never a different word that happens to look alike.
///
/// Comparison ignores case. Words both sides share at the start or the end are set
/// aside first, so `Red Wine Glass` is compared with `White Wine Glass` as `red` with `white`.
/// What is left is compared with `typoDistance`, and a candidate is offered when
/// - it is close relative to the word's length: at most one typo per four characters
///   (at least one), and fewer edits than the candidate has characters, so `id` never
///   "corrects" to `on`;
/// - it is clearly closer than every candidate with another meaning: the runner-up needs
///   at least twice as many edits. Ties offer nothing.
public enum DidYouMean {
    /// The candidate `word` most likely meant, or `nil`. Candidates for which `meaning`
    /// gives the same key are spellings of one thing (a value and its aliases) and do not
    /// compete with each other; the first of the closest spellings is returned.
    public static func best(for word: String, in candidates: [String], meaning: (String) -> String = { $0.lowercased() }) -> String? {
        let needle = word.lowercased()
        let length = needle.count
        let lengths = candidates.map { $0.lowercased().count }
        // Setting shared words aside shortens both sides alike, so the length difference is a
        // lower bound of the distance: most candidates (and every one for a huge word) are
        // ruled out without computing it.
        func distance(_ index: Int) -> Int {
            let (left, right) = differingParts(needle, candidates[index].lowercased())
            return typoDistance(left, right)
        }
        var best: (index: Int, distance: Int)?
        for index in candidates.indices where abs(length - lengths[index]) <= limit(forLength: length) {
            let (left, right) = differingParts(needle, candidates[index].lowercased())
            let found = typoDistance(left, right)
            if found == 0 { return candidates[index] }
            guard found <= limit(forLength: left.count), found < right.count else { continue }
            if best == nil || found < best!.distance { best = (index, found) }
        }
        guard let best else { return nil }
        let key = meaning(candidates[best.index])
        for index in candidates.indices where abs(length - lengths[index]) < max(2 * best.distance, best.distance + 1) {
            guard meaning(candidates[index]) != key else { continue }
            let rival = distance(index)
            if rival <= best.distance || rival < 2 * best.distance { return nil }
        }
        return candidates[best.index]
    }

    /// At most one typo per four characters, at least one.
    static func limit(forLength length: Int) -> Int { max(1, length / 4) }

    /// The two texts without the whole words they share at the start and at the end.
    static func differingParts(_ a: String, _ b: String) -> (String, String) {
        guard a.utf8.contains(UInt8(ascii: " ")) || b.utf8.contains(UInt8(ascii: " ")) else { return (a, b) }
        let left = a.split(separator: " ", omittingEmptySubsequences: true)
        let right = b.split(separator: " ", omittingEmptySubsequences: true)
        var start = 0
        while start < left.count, start < right.count, left[start] == right[start] { start += 1 }
        var end = 0
        while end < left.count - start, end < right.count - start, left[left.count - 1 - end] == right[right.count - 1 - end] { end += 1 }
        return (
            left[start..<(left.count - end)].joined(separator: " "),
            right[start..<(right.count - end)].joined(separator: " "))
    }
}
