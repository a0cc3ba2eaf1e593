import ArgumentParser
import Foundation
import FormCheckKit

/// `--config`: the project's `.formcheck.yml`, else the nearest one above the working directory.
struct ConfigOptions: ParsableArguments {
    @Option(
        name: .customLong("config"),
        help: ArgumentHelp("The project config to use instead of the nearest .formcheck.yml above the working directory.", valueName: "file"),
        completion: .file(extensions: ["yml", "yaml"]))
    var path: String?

    @Flag(help: "Ignore any .formcheck.yml.")
    var noConfig = false

    /// The session: packs from `--rules`, else the config's `extends`, else the built-in
    /// pack, with the config's rule overrides; exit code 2 with every error printed.
    /// With `cache`, the session keeps the page cache unless `--no-cache`, in `--cache-dir`.
    func session(pack: PackOptions, terminal: Terminal, cache: LinkOptions? = nil) throws -> LintSession {
        do {
            return try LintSession(SessionSetup(
                packs: pack.packs, configPath: path, usesConfig: !noConfig,
                usesCache: cache.map { !$0.noCache } ?? false, cacheDirectory: cache?.cacheDir))
        } catch {
            terminal.error(error.rendered(color: terminal.stderrColor))
            throw ExitStatus.usage.code
        }
    }
}
