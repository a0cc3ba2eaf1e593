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

    /// The rule set (packs from `--rules`, else the config's `extends`, else the built-in
    /// pack, with the config's rule overrides) and the config; exit code 2 on any error.
    func setup(pack: PackOptions, terminal: Terminal) throws -> (ruleSet: RuleSet, config: ProjectConfig?) {
        let file = noConfig ? nil : path ?? ProjectConfig.discover()
        guard let file else { return (try pack.load(terminal: terminal), nil) }
        do {
            let config = try ProjectConfig.load(file)
            let ruleSet = try pack.load(
                terminal: terminal, fallback: config.extends, taxonomy: config.taxonomy, configSource: try? SourceFileLoader.load(file))
            return (try config.apply(to: ruleSet, source: try? SourceFileLoader.load(file)), config)
        } catch let error as PackLoadError {
            terminal.error(error.rendered(color: terminal.stderrColor))
            throw ExitStatus.usage.code
        }
    }
}
