public enum FormCheckVersion {
    public static let current = "0.1.0"
    /// Where users learn about the tool (SARIF `informationUri`).
    public static let informationURI = "https://github.com/formcheck/formcheck"
}
