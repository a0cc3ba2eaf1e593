import Foundation
import PackagePlugin

/// Embeds the package's `Rules/*.yml` as `BuiltinPacks` into the rules layer, and its
/// `Templates/*.mustache` as `BuiltinTemplates` into the reporting layer (both into any
/// other target), regenerated whenever a file changes.
@main
struct EmbedPacks: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let tool = try context.tool(named: "embed-packs").url
        var commands: [Command] = []
        if target.name != "FormCheckReporting" {
            commands.append(try command(context, tool: tool, folder: "Rules", extension: "yml", enumName: "BuiltinPacks"))
        }
        if target.name != "FormCheckRules" {
            commands.append(try command(context, tool: tool, folder: "Templates", extension: "mustache", enumName: "BuiltinTemplates"))
        }
        return commands
    }

    /// One generated Swift file holding the text of every `*.extension` file of `folder`.
    private func command(_ context: PluginContext, tool: URL, folder: String, extension: String, enumName: String) throws -> Command {
        let directory = context.package.directoryURL.appending(path: folder)
        let files = try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == `extension` }
            .sorted { $0.path < $1.path }
        let output = context.pluginWorkDirectoryURL.appending(path: "\(enumName).swift")
        return .buildCommand(
            displayName: "Embedding \(folder)/*.\(`extension`) as \(enumName)",
            executable: tool,
            arguments: ["--enum", enumName, "--folder", folder, output.path] + files.map(\.path),
            inputFiles: files,
            outputFiles: [output])
    }
}
