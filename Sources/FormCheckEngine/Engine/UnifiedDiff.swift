/// A unified diff of two versions of one file, as `diff -u` writes it, for `patch -p0` or
/// `git apply -p0`: the same path on both header lines, three lines of context, and
/// `\ No newline at end of file` where a version ends without one. Line endings are kept as
/// written (a CRLF line's `\r` is part of its content).
public enum UnifiedDiff {
    public static func make(old: [UInt8], new: [UInt8], path: String, context: Int = 3) -> String {
        guard old != new else { return "" }
        let a = lines(old), b = lines(new)
        let script = operations(a, b)
        var out = "--- \(path)\n+++ \(path)\n"
        // Group changes whose context windows touch into hunks.
        let changed = script.indices.filter { script[$0].kind != .same }
        var index = 0
        while index < changed.count {
            var last = index
            while last + 1 < changed.count, changed[last + 1] - changed[last] <= 2 * context { last += 1 }
            let lower = max(0, changed[index] - context), upper = min(script.count, changed[last] + context + 1)
            let slice = script[lower..<upper]
            let oldStart = slice.first!.oldLine, newStart = slice.first!.newLine
            let oldCount = slice.count { $0.kind != .insert }, newCount = slice.count { $0.kind != .delete }
            out += "@@ -\(range(oldStart, oldCount)) +\(range(newStart, newCount)) @@\n"
            for operation in slice {
                let (prefix, line) = switch operation.kind {
                case .same: (" ", a[operation.oldLine])
                case .delete: ("-", a[operation.oldLine])
                case .insert: ("+", b[operation.newLine])
                }
                out += prefix + String(decoding: line, as: UTF8.self)
                if line.last != 0x0A { out += "\n\\ No newline at end of file\n" }
            }
            index = last + 1
        }
        return out
    }

    /// `start` is 0-based; an empty range names the line before it, as diff does.
    private static func range(_ start: Int, _ count: Int) -> String {
        count == 0 ? "\(start),0" : count == 1 ? "\(start + 1)" : "\(start + 1),\(count)"
    }

    /// Lines with their terminators (`\n`, which a CRLF line's `\r` precedes).
    static func lines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var result: [ArraySlice<UInt8>] = []
        var start = 0
        for index in bytes.indices where bytes[index] == 0x0A {
            result.append(bytes[start...index])
            start = index + 1
        }
        if start < bytes.count { result.append(bytes[start...]) }
        return result
    }

    struct Operation {
        enum Kind { case same, delete, insert }
        var kind: Kind
        /// 0-based line in the old version (for an insertion: the old line after it).
        var oldLine: Int
        var newLine: Int
    }

    /// An edit script by longest common subsequence over the part between the common
    /// prefix and suffix (fixes change few lines, so that part is small).
    static func operations(_ a: [ArraySlice<UInt8>], _ b: [ArraySlice<UInt8>]) -> [Operation] {
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        let middleA = Array(a[prefix..<(a.count - suffix)]), middleB = Array(b[prefix..<(b.count - suffix)])
        let n = middleA.count, m = middleB.count
        var table = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                table[i][j] = middleA[i] == middleB[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var script = (0..<prefix).map { Operation(kind: .same, oldLine: $0, newLine: $0) }
        var i = 0, j = 0
        while i < n || j < m {
            if i < n, j < m, middleA[i] == middleB[j] {
                script.append(Operation(kind: .same, oldLine: prefix + i, newLine: prefix + j))
                i += 1; j += 1
            } else if i < n, j == m || table[i + 1][j] >= table[i][j + 1] {
                script.append(Operation(kind: .delete, oldLine: prefix + i, newLine: prefix + j))
                i += 1
            } else {
                script.append(Operation(kind: .insert, oldLine: prefix + i, newLine: prefix + j))
                j += 1
            }
        }
        for k in 0..<suffix { script.append(Operation(kind: .same, oldLine: a.count - suffix + k, newLine: b.count - suffix + k)) }
        return script
    }
}
