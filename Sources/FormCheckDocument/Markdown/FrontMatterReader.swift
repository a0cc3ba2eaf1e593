/// Parses front matter with the YAML layer and turns its top-level entries into fields
/// whose ranges point into the Markdown file.
enum FrontMatterReader {
    static func read(_ split: FrontMatterSplitter.Split, in file: SourceFile) -> (FrontMatter, [DocumentProblem]) {
        // Keep line numbers: the YAML text preceded by one empty line stands for the opening fence.
        let yamlFile = SourceFile(path: file.path, bytes: [0x0A] + file.bytes[split.yaml])
        var frontMatter = FrontMatter(range: file.range(split.whole), fields: [])
        func mapped(_ range: SourceRange) -> SourceRange {
            SourceRange(
                start: file.location(line: range.start.line, column: range.start.column),
                end: file.location(line: range.end.line, column: range.end.column))
        }
        let root: YAMLNode?
        do {
            root = try YAMLParser.parse(yamlFile)
        } catch {
            let problem = DocumentProblem(kind: .frontMatter, message: "front matter: \(error.message)", range: mapped(error.range))
            return (frontMatter, [problem])
        }
        guard let root else { return (frontMatter, []) }
        guard case .mapping(let pairs) = root.kind else {
            let problem = DocumentProblem(kind: .frontMatter, message: "front matter must be a mapping of keys to values", range: mapped(root.range))
            return (frontMatter, [problem])
        }
        for pair in pairs {
            guard case .scalar(let key) = pair.key.kind else { continue }
            let values: [FieldValue]
            switch pair.value.kind {
            case .scalar(let scalar):
                values = scalar.value.isEmpty ? [] : [FieldValue(text: scalar.value, range: mapped(pair.value.range))]
            case .sequence(let items):
                values = items.compactMap { item in
                    guard case .scalar(let scalar) = item.kind else { return nil }
                    return FieldValue(text: scalar.value, range: mapped(item.range))
                }
            case .mapping:
                continue
            }
            frontMatter.fields.append(Field(
                key: key.value, keyRange: mapped(pair.key.range),
                value: values.map(\.text).joined(separator: ", "), valueRange: mapped(pair.value.range),
                values: values, sectionPath: []))
        }
        return (frontMatter, [])
    }
}
