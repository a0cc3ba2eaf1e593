/// The Levenshtein distance between two strings, counted in `Character`s:
/// the fewest insertions, deletions and substitutions that turn `a` into `b`.
public func editDistance(_ a: String, _ b: String) -> Int {
    let source = Array(a)
    let target = Array(b)
    if source.isEmpty { return target.count }
    if target.isEmpty { return source.count }

    // Two rolling rows of the classic dynamic-programming table.
    var previous = Array(0...target.count)
    var current = [Int](repeating: 0, count: target.count + 1)
    for i in 1...source.count {
        current[0] = i
        for j in 1...target.count {
            let substitution = previous[j - 1] + (source[i - 1] == target[j - 1] ? 0 : 1)
            current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
        }
        swap(&previous, &current)
    }
    return previous[target.count]
}

/// The candidate a misspelt `word` most likely meant, or `nil` when none is close.
///
/// Comparison ignores case. A candidate is close when its distance is at most 1
/// for words of up to 3 characters, else at most `max(2, word.count / 3)`, and
/// smaller than the candidate's own length (so `id` never "corrects" to `on`).
/// Among equally close candidates the first one in `candidates` wins.
public func closestMatch(to word: String, in candidates: [String]) -> String? {
    let needle = word.lowercased()
    let count = needle.count
    let limit = count <= 3 ? 1 : max(2, count / 3)
    var best: (candidate: String, distance: Int)?
    for candidate in candidates {
        let distance = editDistance(needle, candidate.lowercased())
        guard distance <= limit, distance < candidate.count else { continue }
        if best == nil || distance < best!.distance {
            best = (candidate, distance)
        }
    }
    return best?.candidate
}
