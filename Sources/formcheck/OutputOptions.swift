import ArgumentParser
import Foundation
import FormCheckKit

/// One `--format` value: a format, optionally with the file it is written to (`sarif=out.sarif`).
struct FormatRequest: ExpressibleByArgument {
    var format: ReportFormat
    var path: String?

    init?(argument: String) {
        let parts = argument.split(separator: "=", maxSplits: 1).map(String.init)
        guard let format = ReportFormat(rawValue: parts[0]) else { return nil }
        self.format = format
        self.path = parts.count == 2 ? parts[1] : nil
    }

    init(format: ReportFormat, path: String? = nil) {
        self.format = format
        self.path = path
    }

    static var allValueStrings: [String] { ReportFormat.allValueStrings }
}

/// Where reports go: `--format` (repeatable) and `--output` (repeatable, paired by position).
struct OutputOptions: ParsableArguments {
    @Option(
        name: .customLong("format"),
        help: ArgumentHelp(
            "Output format: \(ReportFormat.allValueStrings.joined(separator: ", ")). Repeatable; FORMAT=FILE writes that format to FILE.",
            discussion: "Without --format: github when GITHUB_ACTIONS=true, else text.",
            valueName: "format[=file]"))
    var formats: [FormatRequest] = []

    @Option(
        name: .customLong("output"),
        help: ArgumentHelp(
            "File for the format at the same position among the --format values without '=FILE' ('-' is standard output). Repeatable; when given, one per such --format.",
            valueName: "file"))
    var outputs: [String] = []

    /// A format and its destination; `nil` path means standard output.
    struct Destination: Equatable {
        var format: ReportFormat
        var path: String?
    }

    /// Pairs formats with files. At most one format may go to standard output.
    func destinations(environment: [String: String] = ProcessInfo.processInfo.environment) throws(ValidationError) -> [Destination] {
        var requests = formats
        if requests.isEmpty {
            requests = [FormatRequest(format: environment["GITHUB_ACTIONS"] == "true" ? .github : .text)]
        }
        let unpaired = requests.indices.filter { requests[$0].path == nil }
        guard outputs.isEmpty || outputs.count == unpaired.count else {
            throw ValidationError(
                "\(outputs.count) --output values for \(unpaired.count) --format values without '=FILE'; give one --output per such --format, in the same order")
        }
        for (index, output) in zip(unpaired, outputs) { requests[index].path = output }
        let destinations = requests.map { Destination(format: $0.format, path: $0.path == "-" ? nil : $0.path) }
        guard destinations.count(where: { $0.path == nil }) <= 1 else {
            throw ValidationError("more than one format writes to standard output; give the others a file with --output or FORMAT=FILE")
        }
        return destinations
    }

    /// Renders and writes every report; a file that cannot be written is an I/O error (exit 2).
    func write(_ result: LintResult, context: ReportContext, terminal: Terminal) throws {
        for destination in try destinations() {
            guard let path = destination.path else {
                terminal.output(destination.format.reporter(color: terminal.stdoutColor, context: context).report(result))
                continue
            }
            let text = destination.format.reporter(color: false, context: context).report(result)
            do {
                try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
            } catch {
                terminal.error("error: cannot write \(destination.format.rawValue) report to \(path): \(error.localizedDescription)")
                throw ExitStatus.usage.code
            }
        }
    }
}
