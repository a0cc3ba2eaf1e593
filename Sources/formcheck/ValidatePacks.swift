import ArgumentParser
import FormCheckKit

extension RulesCommand {
    /// `formcheck rules validate FILE...`: load packs (or a `.formcheck.yml`) without linting.
    struct ValidatePacks: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "validate",
            abstract: "Check rule packs or a .formcheck.yml without linting anything.",
            discussion: """
                Every error is printed as file:line:column with the source line. Exit code 0 \
                when all files are valid, 2 otherwise. A file named .formcheck.yml is read \
                as a project config (its packs are loaded and its rule overrides checked).
                """)

        @Argument(help: "Pack files, built-in pack names, or a .formcheck.yml.", completion: .file(extensions: ["yml", "yaml"]))
        var files: [String]

        func run() throws {
            let terminal = Terminal()
            var failed = false
            for file in files {
                do {
                    let summary: String
                    if file.hasSuffix(ProjectConfig.fileName) {
                        let config = try ProjectConfig.load(file)
                        if !config.types.isEmpty {
                            // Each page type's packs, with the rule changes over all types.
                            let types = try LintSession(SessionSetup(configPath: file)).types
                            let described = types.map { "\($0.name): \($0.ruleSet.rules.count) rules from \($0.ruleSet.name)" }
                            terminal.output("\(file): valid config (\(described.joined(separator: "; ")))\n")
                            continue
                        }
                        let ruleSet = try PackLoader.load(config.extends.isEmpty ? [PackLoader.defaultPack] : config.extends, taxonomy: config.taxonomy)
                        let applied = try config.apply(to: ruleSet)
                        summary = "\(file): valid config (\(applied.rules.count) rules from \(ruleSet.name))"
                    } else {
                        let ruleSet = try PackLoader.load(PackSource.reference(file))
                        summary = "\(file): valid pack '\(ruleSet.name)' (\(ruleSet.rules.count) rules, \(ruleSet.taxonomy.enums.count) taxonomies)"
                    }
                    terminal.output(summary + "\n")
                } catch {
                    failed = true
                    terminal.error(error.rendered(color: terminal.stderrColor))
                }
            }
            if failed { throw ExitStatus.usage.code }
        }
    }

    /// `formcheck rules schema [pack|config]`: JSON Schema for editors.
    struct PrintSchema: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "schema",
            abstract: "Print a JSON Schema for rule packs or for .formcheck.yml, so editors complete and validate them.",
            discussion: """
                With the YAML extension for VS Code, for example:
                  formcheck rules schema pack > .vscode/formcheck-pack.schema.json
                and map Rules/*.yml to it under "yaml.schemas".
                """)

        enum Kind: String, ExpressibleByArgument, CaseIterable {
            case pack, config
        }

        @Argument(help: "Which schema: pack or config.")
        var kind: Kind = .pack

        func run() {
            Terminal().output(PackSchema.text(kind == .pack ? PackSchema.pack() : PackSchema.config()))
        }
    }
}
