import ArgumentParser
import Foundation
import FormCheckKit

extension CatalogReportFormat: ExpressibleByArgument {}

/// `formcheck report`: the content-quality report of a catalog, as one self-contained
/// HTML page, JSON for dashboards, or a short Markdown summary (docs/report.md).
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a content-quality report of the pages: scores, findings by rule, completeness, groups, links.",
        discussion: """
            Lints the pages like `formcheck lint` (same packs, config and link check) and \
            writes one report. The format follows the --output extension (.html, .json, \
            .md) unless --format says otherwise; without --output the report goes to \
            standard output (HTML unless --format says otherwise). Examples:

              formcheck report content/ --output report.html
              formcheck report content/ --output report.json
              formcheck report content/ --output report.html --compare last-month.json

            Exit codes: 0 the report was written (whatever it found), 2 usage, \
            configuration or I/O error.
            """
    )

    @Argument(help: "Files or directories to report on.", completion: .file(extensions: ["md", "markdown"]))
    var paths: [String] = ["."]

    @OptionGroup var pack: PackOptions

    @OptionGroup var config: ConfigOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write (default: standard output).", valueName: "file"))
    var output: String?

    @Option(help: "html, json or markdown (default: from the --output extension, else html).")
    var format: CatalogReportFormat?

    @Option(help: ArgumentHelp("An earlier JSON report (--format json) to show the trend against.", valueName: "previous.json"),
            completion: .file(extensions: ["json"]))
    var compare: String?

    @Option(help: "How many of the lowest-scoring pages to list.")
    var top: Int = 10

    @OptionGroup var links: LinkOptions

    func validate() throws {
        if top < 0 { throw ValidationError("--top must be 0 or more") }
        if paths.contains("-") { throw ValidationError("report reads files and directories, not standard input ('-')") }
    }

    func run() async throws {
        let terminal = Terminal()
        let session = try config.session(pack: pack, terminal: terminal, cache: links)
        var previous: CatalogReport?
        if let compare {
            do {
                previous = try CatalogReport(json: try Data(contentsOf: URL(fileURLWithPath: compare)))
            } catch {
                terminal.error("error: cannot compare with \(compare): \(error)")
                throw ExitStatus.usage.code
            }
        }
        let progress = ReportProgress.make()
        let selection = try terminal.exitOnError { try session.selection(paths) }
        let files = selection.files
        // The report counts every page's links even when they are not checked.
        var result = await session.lintAndCheckLinks(
            files, collecting: [.links, .pageFacts], links: links.checkOptions,
            catalog: session.needsCatalog ? try terminal.exitOnError { try session.catalogFiles(paths) } : nil, progress: progress)
        result.skipped += selection.skipped.count
        for failure in result.failures { terminal.error(failure) }

        let pageType: ((String) -> String?)? = session.types.isEmpty ? nil : { session.typeName(of: $0) }
        var report = CatalogReport(result: result, ruleSet: session.ruleSet, pagesToFix: top, pageType: pageType)
        if let previous { report = report.compared(with: previous) }
        let format = format ?? output.map(CatalogReportFormat.implied(byPath:)) ?? .html
        let text: String
        do {
            text = try report.rendered(as: format)
        } catch {
            terminal.error("error: cannot render the report: \(error)")
            throw ExitStatus.usage.code
        }
        if let output {
            do {
                try Data(text.utf8).write(to: URL(fileURLWithPath: output))
            } catch {
                terminal.error("error: cannot write \(output): \(error.localizedDescription)")
                throw ExitStatus.usage.code
            }
            terminal.error("Wrote \(output): \(report.summary.pages) pages, score \(report.summary.score).")
        } else {
            terminal.output(text)
        }
        if !result.failures.isEmpty { throw ExitStatus.usage.code }
    }
}

/// `report: 1200/5000 pages` on one line of stderr while linting, only on a terminal and
/// only for catalogs large enough to take a while.
enum ReportProgress {
    static let minimumPages = 500

    static func make() -> (@Sendable (Int, Int) -> Void)? {
        guard isatty(STDERR_FILENO) == 1 else { return nil }
        return { done, total in
            guard total >= minimumPages else { return }
            let step = max(1, total / 100)
            guard done % step == 0 || done == total else { return }
            let end = done == total ? "\n" : ""
            FileHandle.standardError.write(Data("\rreport: \(done)/\(total) pages linted\(end)".utf8))
        }
    }
}
