/// Every spelling of every value of a pack's taxonomies in one byte automaton, built once
/// when the pack loads: canonical values and aliases, the last word singular or plural,
/// a hyphen or any run of spaces for a space, two words written as one ("body weight",
/// "body-weight", "bodyweight"). A scan finds, at each word start, the longest spelling
/// that ends at a word boundary, compared ASCII case-insensitively over the text's own
/// bytes: "cable machine" is one match (Cable's alias), never "machine" inside it.
///
/// One spelling may name values of several enums ("pepper" a spice and a vegetable);
/// a match carries all of them and each caller keeps the enum it reads.
public struct PhraseIndex: Sendable {
    /// A value a spelling names.
    public struct Entry: Sendable, Hashable {
        /// The taxonomy enum's name.
        public var taxonomy: String
        public var canonical: String
    }

    /// A spelling found in a text: its byte range and the values it names.
    public struct Match: Sendable, Hashable {
        public var bytes: Range<Int>
        public var entries: [Entry]

        /// The canonical value this match names in one enum, if it names one there.
        public func value(in taxonomy: String) -> String? {
            entries.first { $0.taxonomy == taxonomy }?.canonical
        }
    }

    /// Edges of the root, by byte (-1: none): every scan starts there.
    private var root: [Int32] = Array(repeating: -1, count: 256)
    /// Per node, the range of its edges in `edgeBytes`/`edgeTargets` (sorted by byte).
    private var edgeStart: [Int32] = [0]
    private var edgeEnd: [Int32] = [0]
    private var edgeBytes: [UInt8] = []
    private var edgeTargets: [Int32] = []
    /// Per node, the index in `accepted` of what a spelling ending there names (-1: none).
    private var accept: [Int32] = [-1]
    private var accepted: [[Entry]] = []

    public init(enums: [String: TaxonomyEnum] = [:]) {
        var builder = Builder()
        for name in enums.keys.sorted() {
            guard let taxonomyEnum = enums[name] else { continue }
            for value in taxonomyEnum.values {
                let entry = Entry(taxonomy: name, canonical: value.canonical)
                for spelling in value.spellings {
                    for key in Self.forms(of: spelling) { builder.insert(key, entry) }
                }
            }
        }
        self.init(builder)
    }

    /// The keys a spelling is found under: lowercase words joined by one space, the last
    /// word as written, singular and plural; a two-word spelling also written as one word.
    static func forms(of spelling: String) -> Set<[UInt8]> {
        var words: [[UInt8]] = [[]]
        for byte in spelling.utf8 {
            if isSeparator(byte) {
                if !(words.last?.isEmpty ?? true) { words.append([]) }
            } else {
                words[words.count - 1].append(lower(byte))
            }
        }
        if words.last?.isEmpty == true { words.removeLast() }
        guard let last = words.last.map({ String(decoding: $0, as: UTF8.self) }) else { return [] }
        let singular = EnglishInflection.singular(last)
        var forms: Set<[UInt8]> = []
        for form in [last, singular, EnglishInflection.plural(singular), EnglishInflection.plural(last)] {
            var phrase = words.dropLast()
            phrase.append(Array(form.utf8))
            forms.insert(Array(phrase.joined(separator: [0x20])))
            if phrase.count == 2 { forms.insert(Array(phrase.joined())) }
        }
        return forms
    }

    /// Every longest match in the text, in text order, none overlapping.
    public func matches(in text: Substring) -> [Match] {
        var text = text
        return text.withUTF8 { matches(in: $0) }
    }

    public func matches(in text: String) -> [Match] {
        var text = text
        return text.withUTF8 { matches(in: $0) }
    }

    public func matches(in text: UnsafeBufferPointer<UInt8>) -> [Match] {
        var found: [Match] = []
        var start = 0
        let count = text.count
        while start < count {
            // Only word starts begin a match.
            if !Self.isWord(text[start]) || (start > 0 && Self.isWord(text[start - 1])) {
                start += 1
                continue
            }
            var node = root[Int(Self.lower(text[start]))]
            var position = start + 1
            var best: (end: Int, accept: Int32)?
            while node >= 0 {
                if accept[Int(node)] >= 0, position == count || !Self.isWord(text[position]) {
                    best = (position, accept[Int(node)])
                }
                guard position < count else { break }
                let byte = text[position]
                if Self.isSeparator(byte) {
                    var next = position
                    while next < count, Self.isSeparator(text[next]) { next += 1 }
                    node = edge(from: node, 0x20)
                    position = next
                } else {
                    node = edge(from: node, Self.lower(byte))
                    position += 1
                }
            }
            if let best {
                found.append(Match(bytes: start..<best.end, entries: accepted[Int(best.accept)]))
                start = best.end
            } else {
                start += 1
            }
        }
        return found
    }

    private func edge(from node: Int32, _ byte: UInt8) -> Int32 {
        var low = Int(edgeStart[Int(node)]), high = Int(edgeEnd[Int(node)])
        while low < high {
            let mid = (low + high) / 2
            if edgeBytes[mid] == byte { return edgeTargets[mid] }
            if edgeBytes[mid] < byte { low = mid + 1 } else { high = mid }
        }
        return -1
    }

    static func isSeparator(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x2D || (0x09...0x0D).contains(byte) }
    /// Letters, digits, the apostrophe and any non-ASCII byte (letters of other scripts).
    static func isWord(_ byte: UInt8) -> Bool {
        (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte) || (0x30...0x39).contains(byte) || byte == 0x27 || byte >= 0x80
    }
    static func lower(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte + 0x20 : byte }
}

extension PhraseIndex {
    /// A trie with dictionary edges, flattened into the index's arrays once built.
    private struct Builder {
        var edges: [[UInt8: Int32]] = [[:]]
        var entries: [[Entry]] = [[]]

        mutating func insert(_ key: [UInt8], _ entry: Entry) {
            var node = 0
            for byte in key {
                if let next = edges[node][byte] {
                    node = Int(next)
                } else {
                    edges.append([:])
                    entries.append([])
                    edges[node][byte] = Int32(edges.count - 1)
                    node = edges.count - 1
                }
            }
            if !entries[node].contains(entry) { entries[node].append(entry) }
        }
    }

    private init(_ builder: Builder) {
        edgeStart = []
        edgeEnd = []
        accept = []
        for (node, edges) in builder.edges.enumerated() {
            edgeStart.append(Int32(edgeBytes.count))
            for (byte, target) in edges.sorted(by: { $0.key < $1.key }) {
                edgeBytes.append(byte)
                edgeTargets.append(target)
            }
            edgeEnd.append(Int32(edgeBytes.count))
            if builder.entries[node].isEmpty {
                accept.append(-1)
            } else {
                accept.append(Int32(accepted.count))
                accepted.append(builder.entries[node])
            }
        }
        for (byte, target) in builder.edges[0] { root[Int(byte)] = target }
    }
}
