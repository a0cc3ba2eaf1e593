import ArgumentParser
import Foundation

/// Runs the command and maps every failure onto FormCheck's exit codes:
/// 0 clean, 1 findings at or above the failure level, 2 usage, configuration or I/O error.
@main
enum Main {
    static func main() async {
        do {
            var command = try FormCheckCommand.parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = FormCheckCommand.exitCode(for: error)
            if code == .success {
                FormCheckCommand.exit(withError: error)  // --help, --version
            }
            if let exit = error as? ExitCode {
                Foundation.exit(exit.rawValue)
            }
            let message = FormCheckCommand.fullMessage(for: error)
            if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
            Foundation.exit(code == .validationFailure ? ExitStatus.usage.rawValue : code.rawValue)
        }
    }
}
