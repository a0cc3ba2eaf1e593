import ArgumentParser
import FormCheckKit

@main
struct FormCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "formcheck", abstract: "Lint structured Markdown content.")
}
