/// The source line of a link occurrence, for a finding: from the lines its page kept, else
/// read back from the page's file (the inventory does not keep lines of pages on disk; see
/// `PageLinks`). One file is held at a time, so ask in page order.
struct LinkSourceLines {
    let inventory: LinkInventory
    private var current: (page: Int, file: SourceFile?)?

    init(inventory: LinkInventory) { self.inventory = inventory }

    /// The text of `line` on page `page`; empty when the file can no longer be read.
    mutating func line(_ line: Int, onPage page: Int) -> String {
        if let kept = inventory.keptLines[page] { return kept[line] ?? "" }
        if current?.page != page {
            current = (page, try? SourceFileLoader.load(inventory.paths[page]))
        }
        return current?.file?.lineText(line) ?? ""
    }
}
