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

    /// For `formcheck init`'s `types:`: each folder (relative to `root`) given to the pack
    /// most of whose pages match it (ties go to the pack with more requirements, then to
    /// the earlier pack); folders where no pack matches most pages are left out. One entry
    /// per pack with folders, in `packs` order, each with its sorted globs (`folder/*`).
    public static func typeGlobs(
        _ packs: [(name: String, pages: [PageFacts], requirements: ReportRequirements)], root: String = "."
    ) -> [(pack: String, globs: [String])] {
        var best: [String: (pack: Int, matching: Int, weight: Int)] = [:]
        for (index, pack) in packs.enumerated() {
            var counts: [String: (matching: Int, all: Int)] = [:]
            for page in pack.pages {
                let folder = (relative(page.path, to: root) as NSString).deletingLastPathComponent
                var count = counts[folder] ?? (0, 0)
                count.all += 1
                if matches(page, requirements: pack.requirements) { count.matching += 1 }
                counts[folder] = count
            }
            let weight = pack.requirements.sections.count + pack.requirements.fields.count
            for (folder, count) in counts where 2 * count.matching > count.all {
                if let current = best[folder], (current.matching, current.weight) >= (count.matching, weight) { continue }
                best[folder] = (index, count.matching, weight)
            }
        }
        return packs.indices.compactMap { index in
            let folders = best.filter { $0.value.pack == index }.keys.map { $0.isEmpty ? "*" : $0 + "/*" }.sorted()
            return folders.isEmpty ? nil : (packs[index].name, folders)
        }
    }

    /// `path` relative to `root`, without a leading `./`.
    static func relative(_ path: String, to root: String) -> String {
        let base = URL(fileURLWithPath: root).standardizedFileURL.path
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        let prefix = base.hasSuffix("/") ? base : base + "/"
        return absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : path
    }
}
