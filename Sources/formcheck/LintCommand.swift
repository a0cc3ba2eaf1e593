import ArgumentParser
import Foundation
import FormCheckKit

struct LintCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check Markdown files against the rule packs."
    )

    @Argument(help: "Files or directories to lint (directories are searched for *.md and *.markdown).")
    var paths: [String] = ["."]

    func run() async throws {
        let files = try FileCollector().collect(paths)
        for path in files {
            let document = MarkdownParser.parse(try SourceFileLoader.load(path))
            for problem in document.problems {
                print("\(path):\(problem.range.start): error: \(problem.message)")
            }
        }
    }
}
