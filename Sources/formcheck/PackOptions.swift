import ArgumentParser
import Foundation
import FormCheckKit

/// `--rules`: which packs to use; the built-in exercise pack when none is given.
struct PackOptions: ParsableArguments {
    @Option(
        name: .customLong("rules"),
        help: ArgumentHelp(
            "A rule pack file to use instead of the built-in pack (repeatable).",
            discussion: "A name without a path, such as 'exercise', picks a built-in pack.",
            valueName: "file"),
        completion: .file(extensions: ["yml", "yaml"]))
    var packs: [String] = []

    /// The combined rule set, or exit code 2 with every pack error printed. Without
    /// `--rules`, the packs of `fallback` (a config's `extends`), else the built-in pack.
    func load(terminal: Terminal, fallback: [PackSource] = [], taxonomy: [TaxonomyPatch] = [], configSource: SourceFile? = nil) throws -> RuleSet {
        let sources = !packs.isEmpty ? packs.map { PackSource.reference($0) } : fallback.isEmpty ? [PackLoader.defaultPack] : fallback
        do {
            return try PackLoader.load(sources, taxonomy: taxonomy)
        } catch {
            var error = error
            if let configSource { error.sources[configSource.path] = error.sources[configSource.path] ?? configSource }
            terminal.error(error.rendered(color: terminal.stderrColor))
            throw ExitStatus.usage.code
        }
    }
}
