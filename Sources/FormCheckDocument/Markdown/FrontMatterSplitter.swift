/// Finds YAML front matter: a `---` line at the very top, up to the next `---` or `...` line.
enum FrontMatterSplitter {
    struct Split {
        /// From the opening `---` to the end of the closing line.
        var whole: Range<Int>
        /// The YAML between the fences.
        var yaml: Range<Int>
        var firstYAMLLine: Int
    }

    static func split(_ file: SourceFile) -> Split? {
        guard file.lineCount >= 2, file.lineText(1).trimmingTrailingSpaces == "---" else { return nil }
        for line in 2...file.lineCount {
            let text = file.lineText(line).trimmingTrailingSpaces
            if text == "---" || text == "..." {
                let yamlStart = file.lineStarts[1]
                let yamlEnd = file.lineStarts[line - 1]
                let wholeEnd = line < file.lineCount ? file.lineStarts[line] : file.bytes.count
                return Split(whole: file.bomLength..<wholeEnd, yaml: yamlStart..<yamlEnd, firstYAMLLine: 2)
            }
        }
        return nil
    }
}

extension String {
    var trimmingTrailingSpaces: Substring {
        var end = endIndex
        while end > startIndex, self[index(before: end)] == " " || self[index(before: end)] == "\t" { end = index(before: end) }
        return self[..<end]
    }
}
