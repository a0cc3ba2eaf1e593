import ArgumentParser
import Foundation
import FormCheckKit

struct DumpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dump",
        abstract: "Print what FormCheck sees in a page, as JSON.",
        discussion: """
            Shows the title, sections, blocks, fields, links and parse problems of one \
            Markdown file with their source ranges (1-based lines, columns in Unicode \
            scalars, byte offsets). Use it to see what a rule can match.
            """
    )

    @Argument(help: "The Markdown file to parse.", completion: .file(extensions: ["md", "markdown"]))
    var file: String

    func run() throws {
        let source = try SourceFileLoader.load(file)
        let document = MarkdownParser.parse(source)
        FileHandle.standardOutput.write(Data(try JSONDocument.text(document).utf8))
    }
}
