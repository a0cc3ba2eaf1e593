import ArgumentParser

enum ExitStatus: Int32 {
    case clean = 0
    case findings = 1
    case usage = 2

    var code: ExitCode { ExitCode(rawValue) }
}
