import Foundation

/// The one place the CLI writes to: colour only on a terminal, never with NO_COLOR or --no-color.
struct Terminal {
    let stdoutColor: Bool
    let stderrColor: Bool

    init(noColor: Bool = false) {
        let allowed = !noColor && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
        stdoutColor = allowed && isatty(STDOUT_FILENO) == 1
        stderrColor = allowed && isatty(STDERR_FILENO) == 1
    }

    func output(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    func error(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }
}
