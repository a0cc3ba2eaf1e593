import ArgumentParser
import Foundation
import FormCheckKit

/// `formcheck vocab`: the values of every field across a catalog, with marks for drift.
struct VocabCommand: ParsableCommand {
    enum Format: String, CaseIterable, ExpressibleByArgument { case text, json }

    static let configuration = CommandConfiguration(
        commandName: "vocab",
        abstract: "List every value of every field across the pages, with page counts and marks for drift.",
        discussion: """
            A report for an editor, not a gate: it exits 0 whatever it finds (2 on a usage, \
            configuration or I/O error). For each field, every value in use with the number \
            of pages using it, marked when it is not in the field's taxonomy, is an alias used \
            instead of the canonical value, is rare (on fewer than --rare pages, in a catalog \
            of at least four times as many), is likely a duplicate of another value (near \
            spelling, an abbreviation such as Med/Medium, two spellings of one taxonomy \
            value), or is a value of another field's taxonomy. Examples:
              formcheck vocab content/
              formcheck vocab --format json content/ > vocab.json
              formcheck vocab --write-taxonomy content/ >> .formcheck.yml
            """
    )

    @Argument(help: "Files or directories to read.", completion: .file(extensions: ["md", "markdown"]))
    var paths: [String] = ["."]
    @OptionGroup var pack: PackOptions
    @OptionGroup var config: ConfigOptions
    @Option(help: "Output format: text or json.")
    var format: Format = .text
    @Option(help: "Values on fewer pages than this are marked rare.")
    var rare = 5
    @Flag(help: "Print a `taxonomy:` block for .formcheck.yml instead: values to add to each field's taxonomy, duplicates as aliases.")
    var writeTaxonomy = false

    func validate() throws {
        if rare < 1 { throw ValidationError("--rare must be at least 1") }
    }

    func run() throws {
        let terminal = Terminal()
        let session = try config.session(pack: pack, terminal: terminal)
        let files = try terminal.exitOnError { try session.files(paths) }
        let (vocabulary, failures) = session.vocabulary(files, rareBelow: rare)
        for failure in failures { terminal.error(failure) }
        if writeTaxonomy {
            terminal.output(VocabularyText.taxonomyBlock(vocabulary))
        } else if format == .json {
            terminal.output((try? JSONDocument.text(vocabulary)) ?? "{}\n")
        } else {
            terminal.output(VocabularyText.render(vocabulary))
        }
        if !failures.isEmpty { throw ExitStatus.usage.code }
    }
}
