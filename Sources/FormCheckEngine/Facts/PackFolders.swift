import Foundation

/// The folders whose pages a pack describes, for `formcheck init`'s `include:` globs.
public enum PackFolders {
    /// Whether a page looks like one the pack describes: it has at least half of the
    /// required sections and fields (a pack that requires none matches every page).
    public static func matches(_ page: PageFacts, requirements: ReportRequirements) -> Bool {
        let required = requirements.sections.count + requirements.fields.count
        guard required > 0 else { return true }
        return 2 * (page.sections.count + page.fields.count) >= required
    }

    /// One glob (`folder/*`) for each folder, relative to `root`, where most pages match;
    /// sorted. Pages directly in `root` give `*`.
    public static func includeGlobs(_ pages: [PageFacts], requirements: ReportRequirements, root: String = ".") -> [String] {
        var counts: [String: (matching: Int, all: Int)] = [:]
        for page in pages {
            let folder = (relative(page.path, to: root) as NSString).deletingLastPathComponent
            var count = counts[folder] ?? (0, 0)
            count.all += 1
            if matches(page, requirements: requirements) { count.matching += 1 }
            counts[folder] = count
        }
        return counts.filter { 2 * $0.value.matching > $0.value.all }.keys
            .map { $0.isEmpty ? "*" : $0 + "/*" }
            .sorted()
    }

    /// `path` relative to `root`, without a leading `./`.
    static func relative(_ path: String, to root: String) -> String {
        let base = URL(fileURLWithPath: root).standardizedFileURL.path
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        let prefix = base.hasSuffix("/") ? base : base + "/"
        return absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : path
    }
}
