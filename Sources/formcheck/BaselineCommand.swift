import ArgumentParser
import Foundation
import FormCheckKit

struct BaselineCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "baseline",
        abstract: "Record today's findings so `lint --baseline` reports only new ones.",
        discussion: """
            Findings are matched by rule id, file and a hash of the normalised message, \
            never by line, so edits elsewhere in a page keep them hidden. The baseline \
            holds what `lint` reports with the same configuration and --links mode, \
            broken links included. Example:

              formcheck baseline content/ --output .formcheck-baseline.json
              formcheck lint content/ --baseline .formcheck-baseline.json
            """
    )

    @Argument(help: "Files or directories to record.", completion: .file(extensions: ["md", "markdown"]))
    var paths: [String] = ["."]

    @OptionGroup var pack: PackOptions

    @OptionGroup var config: ConfigOptions

    @Option(help: "Where to write the baseline.", completion: .file(extensions: ["json"]))
    var output = ".formcheck-baseline.json"

    @OptionGroup var links: LinkOptions

    func run() async throws {
        let terminal = Terminal()
        let session = try config.session(pack: pack, terminal: terminal, cache: links)
        let files = try terminal.exitOnError { try session.files(paths) }
        let catalog = session.needsCatalog ? try terminal.exitOnError { try session.catalogFiles(paths) } : nil
        let result = await session.lintAndCheckLinks(files, links: links.checkOptions, catalog: catalog)
        for failure in result.failures { terminal.error(failure) }
        if !result.failures.isEmpty { throw ExitStatus.usage.code }
        let baseline = Baseline(result: result)
        do {
            try Data(baseline.json.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            terminal.error("error: cannot write baseline to \(output): \(error.localizedDescription)")
            throw ExitStatus.usage.code
        }
        terminal.error("Recorded \(baseline.findings.count) findings from \(result.files.count) files in \(output).")
    }
}
