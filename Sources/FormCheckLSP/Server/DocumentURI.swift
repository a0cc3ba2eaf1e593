import Foundation

/// File URIs as LSP sends them (`file:///home/me/page.md`, percent-encoded) and the paths
/// FormCheck reads.
enum DocumentURI {
    /// The file path of a `file:` URI; nil for any other scheme (an unsaved, untitled buffer).
    static func path(of uri: String) -> String? {
        guard let url = URL(string: uri), url.isFileURL else { return nil }
        let path = url.path
        return path.isEmpty ? nil : path
    }

    /// The `file:` URI of a path.
    static func uri(ofPath path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.absoluteString
    }
}
