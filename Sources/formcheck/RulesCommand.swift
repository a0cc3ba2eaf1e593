import ArgumentParser
import FormCheckKit

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List and explain the rules of a pack.",
        subcommands: [ListRules.self, ExplainRule.self, ValidatePacks.self, PrintSchema.self]
    )

    struct ListRules: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List every rule: id, check kind, severity, description.")

        @OptionGroup var pack: PackOptions
        @OptionGroup var config: ConfigOptions

        func run() throws {
            let terminal = Terminal()
            let ruleSet = try config.session(pack: pack, terminal: terminal).ruleSet
            let width = ruleSet.rules.map(\.id.count).max() ?? 0
            var lines = ["\(ruleSet.name): \(ruleSet.rules.count) rules"]
            for rule in ruleSet.rules {
                let id = rule.id.padding(toLength: width, withPad: " ", startingAt: 0)
                let kind = rule.kind.padding(toLength: 11, withPad: " ", startingAt: 0)
                let severity = (rule.enabled ? rule.severity.rawValue : "off").padding(toLength: 8, withPad: " ", startingAt: 0)
                lines.append("  \(id)  \(kind) \(severity) \(rule.description ?? "")")
            }
            lines.append("reported by FormCheck itself: " + EngineRules.descriptions.keys.sorted().joined(separator: ", "))
            terminal.output(lines.joined(separator: "\n") + "\n")
        }
    }

    struct ExplainRule: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "explain",
            abstract: "Explain one rule: what it checks, where it is defined, and its examples with the findings they give.")

        @Argument(help: "The rule id, as shown in findings and by `formcheck rules list`.")
        var id: String

        @OptionGroup var pack: PackOptions
        @OptionGroup var config: ConfigOptions

        func run() throws {
            let terminal = Terminal()
            let ruleSet = try config.session(pack: pack, terminal: terminal).ruleSet
            guard let rule = ruleSet.rule(id) else {
                if let description = EngineRules.descriptions[id] {
                    terminal.output("\(id)  (reported by FormCheck itself, not by a pack rule)\n\n\(description)\n")
                    return
                }
                let suggestion = closestMatch(to: id, in: ruleSet.rules.map(\.id) + EngineRules.descriptions.keys.sorted())
                terminal.error("error: no rule '\(id)' in pack '\(ruleSet.name)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""))
                throw ExitStatus.usage.code
            }
            terminal.output(RuleExplanation(rule: rule, ruleSet: ruleSet).text)
        }
    }
}
