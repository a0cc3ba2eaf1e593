/// Word shingles and the pairs of texts that share most of them, for `near-duplicate`.
enum Shingles {
    /// Lowercase words (letters, digits, apostrophes): how texts compare, punctuation aside.
    static func words(_ text: String) -> [String] {
        WordScanner.words(in: text).map(\.word)
    }

    /// The sorted, unique hashes of the texts' `size`-word shingles (a text shorter than
    /// `size` words is one shingle).
    static func hashes(of texts: [String], size: Int) -> [Int] {
        var result = Set<Int>()
        for text in texts {
            let words = words(text)
            guard !words.isEmpty else { continue }
            if words.count <= size {
                result.insert(words.joined(separator: " ").hashValue)
                continue
            }
            for start in 0...(words.count - size) {
                result.insert(words[start..<(start + size)].joined(separator: " ").hashValue)
            }
        }
        return result.sorted()
    }

    /// How many shingles of one text another text may share through an index list before
    /// that shingle stops proposing candidates: shingles used on many pages (common phrases)
    /// propose nothing, but still count when a pair's similarity is computed.
    static let commonShingle = 64

    /// Every pair (i < j) whose Jaccard similarity is at least `threshold`, with it.
    /// Candidates come from an inverted index of the shingles; only pairs sharing at least
    /// one uncommon shingle are compared, so the pass stays near linear in the pages.
    static func similarPairs(_ sets: [[Int]], threshold: Double) -> [(Int, Int, Double)] {
        var index: [Int: [Int]] = [:]
        for (page, set) in sets.enumerated() {
            for hash in set { index[hash, default: []].append(page) }
        }
        var pairs: [(Int, Int, Double)] = []
        for (page, set) in sets.enumerated() where !set.isEmpty {
            var candidates = Set<Int>()
            for hash in set {
                guard let postings = index[hash], postings.count <= commonShingle else { continue }
                for other in postings where other > page { candidates.insert(other) }
            }
            for other in candidates.sorted() {
                let score = jaccard(set, sets[other])
                if score >= threshold { pairs.append((page, other, score)) }
            }
        }
        return pairs
    }

    /// |a ∩ b| / |a ∪ b| of two sorted unique lists.
    static func jaccard(_ a: [Int], _ b: [Int]) -> Double {
        var i = 0, j = 0, shared = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] { shared += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        let union = a.count + b.count - shared
        return union == 0 ? 0 : Double(shared) / Double(union)
    }
}
