/// The rule ids the engine itself reports (not defined in any pack), with descriptions
/// for reporters that list rules (SARIF, JUnit).
public enum EngineRules {
    public static let descriptions: [String: String] = [
        Suppressions.unusedRuleID:
            "A formcheck-disable comment that suppresses nothing, names an unknown rule, or enables what was never disabled.",
        DocumentProblem.Kind.invalidUTF8.rawValue: "The file's bytes are not valid UTF-8.",
        DocumentProblem.Kind.nulByte.rawValue: "The file contains NUL bytes.",
        DocumentProblem.Kind.frontMatter.rawValue: "The front matter is not valid YAML.",
        DocumentProblem.Kind.tooDeep.rawValue: "The page nests deeper than FormCheck checks.",
    ]
}
