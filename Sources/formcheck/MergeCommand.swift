import ArgumentParser
import Foundation
import FormCheckKit

/// `formcheck merge`: the parts of a sharded run as one run.
struct MergeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Combine the results of `lint --shard I/N` into one run's findings and exit code.",
        discussion: """
            Each RESULT is the --format json output of `formcheck lint --shard I/N`; every \
            part 1…N must be given once, linted with the same packs, configuration and \
            FormCheck version. Merge adds what needs every page (link resolution, with the \
            same --links options as lint) and reports in any format, as one unsharded run \
            would. Example (docs/ci.md):

              formcheck lint --shard 1/2 --format json=part-1.json content/
              formcheck lint --shard 2/2 --format json=part-2.json content/
              formcheck merge part-1.json part-2.json --format text --format sarif=formcheck.sarif

            Exit codes: 0 clean (or only findings below --fail-level), 1 findings at or above \
            --fail-level, 2 usage error, unreadable or mismatched results, or a page a shard \
            could not read.
            """
    )

    @Argument(help: "The shards' JSON results.", completion: .file(extensions: ["json"]))
    var results: [String]

    @OptionGroup var pack: PackOptions

    @OptionGroup var config: ConfigOptions

    @OptionGroup var output: OutputOptions

    @Option(help: "Lowest severity that makes the run fail with exit code 1: error, warning, info or never (default: the config's fail-level, else error).")
    var failLevel: FailLevel?

    @OptionGroup var links: LinkOptions

    @Flag(help: "Never colour the output (NO_COLOR in the environment does the same).")
    var noColor = false

    func validate() throws {
        _ = try output.destinations()
    }

    /// What merge reads of a JSON result: its `shard` member.
    private struct ShardFile: Decodable {
        var shard: ShardResult?
    }

    func run() async throws {
        let terminal = Terminal(noColor: noColor)
        let session = try config.session(pack: pack, terminal: terminal, cache: links)
        var shards: [ShardResult] = []
        for path in results {
            let shard = try terminal.exitOnError { () throws -> ShardResult in
                guard let data = FileManager.default.contents(atPath: path) else { throw SessionError.shards("\(path): cannot read the file") }
                let file: ShardFile
                do { file = try JSONDecoder().decode(ShardFile.self, from: data) } catch {
                    throw SessionError.shards("\(path): not a FormCheck JSON result (\(error))")
                }
                guard let shard = file.shard else {
                    throw SessionError.shards("\(path): no shard member; write it with `formcheck lint --shard I/N --format json`")
                }
                return shard
            }
            shards.append(shard)
        }
        let merging = shards
        let result = try await terminal.exitOnErrorAsync { () async throws -> LintResult in
            try await session.merge(merging, links: links.checkOptions)
        }
        try output.write(result, context: ReportContext(ruleSet: session.ruleSet), terminal: terminal)
        for failure in result.failures { terminal.error(failure) }
        if !result.failures.isEmpty { throw ExitStatus.usage.code }
        if result.fails(at: failLevel ?? session.config?.failLevel ?? .error) { throw ExitStatus.findings.code }
    }
}
