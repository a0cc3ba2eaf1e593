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

    /// The combined rule set, or exit code 2 with every pack error printed.
    func load(terminal: Terminal) throws -> RuleSet {
        let sources = packs.isEmpty ? [PackLoader.defaultPack] : packs.map(Self.source)
        do {
            return try PackLoader.load(sources)
        } catch {
            terminal.error(error.rendered(color: terminal.stderrColor))
            throw ExitStatus.usage.code
        }
    }

    private static func source(_ reference: String) -> PackSource {
        if !FileManager.default.fileExists(atPath: reference), !reference.contains("/") {
            let name = reference.hasSuffix(".yml") ? reference : reference + ".yml"
            if BuiltinPackCatalog.names.contains(name) { return .builtin(name) }
        }
        return .file(reference)
    }
}
