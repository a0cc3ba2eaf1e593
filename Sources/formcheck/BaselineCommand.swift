import ArgumentParser
import Foundation
import FormCheckKit

struct BaselineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "baseline",
        abstract: "Record today's findings so `lint --baseline` reports only new ones.",
        discussion: """
            Findings are matched by rule id, file and a hash of the normalised message, \
            never by line, so edits elsewhere in a page keep them hidden. Example:

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

    func run() throws {
        let terminal = Terminal()
        let session = try config.session(pack: pack, terminal: terminal)
        let result = session.lint(try terminal.exitOnError { try session.files(paths) })
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
