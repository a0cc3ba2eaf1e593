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
}
