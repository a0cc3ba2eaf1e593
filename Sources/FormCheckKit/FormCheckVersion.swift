public enum FormCheckVersion {
    public static let current = "0.1.0"
}
