/// Paths compared by spelling, without touching the file system.
package enum LexicalPath {
    /// `a/./b/../c.md` → `a/c.md`. Foundation's `standardizingPath` leaves `..` in relative
    /// paths on Linux, so two spellings of one file would compare unequal.
    package static func normalized(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
            } else if part == "..", absolute {
                continue
            } else {
                parts.append(part)
            }
        }
        let joined = parts.joined(separator: "/")
        return absolute ? "/" + joined : (joined.isEmpty ? "." : joined)
    }
}
