/// The bench's command line, read by hand (the bench depends on FormCheckKit only).
struct Options {
    var sizes = [1_000, 10_000]
    var repeats = 3
    var seed: UInt64 = 42
    var defectRate = 0.1
    var catalogPath = Catalog.defaultPath
    var keep = false
    /// `--references N`: also measure references between pages with N listing pages.
    var references = 0
    /// `--child MODE DIR`: measure one mode in this process and print one `Sample` line.
    var child: (mode: Mode, directory: String)?

    static let usage = """
        usage: formcheck-bench [--pages 1000,10000,50000] [--repeat 3] [--seed 42] [--defects 0.1]
                               [--catalog PATH] [--keep] [--references 1000]
        Generates seed-like pages for each size, then measures in child processes (one per
        measurement, so peak memory is per size): cmark-gfm alone, MarkdownParser.parse, and the
        full lint with the built-in pack, sequential and parallel. Prints medians. With
        --references N, also writes N listing pages beside each size's exercise pages and
        times recording and resolving the references between them against the lint.
        """

    init(arguments: [String]) throws {
        var rest = arguments[...]
        func value(_ flag: String) throws -> String {
            guard let value = rest.popFirst() else { throw BenchError("\(flag) needs a value\n\(Self.usage)") }
            return value
        }
        while let argument = rest.popFirst() {
            switch argument {
            case "--pages":
                let raw = try value(argument)
                let parsed = raw.split(separator: ",").compactMap { Int($0.replacingOccurrences(of: "_", with: "")) }
                guard !parsed.isEmpty, parsed.allSatisfy({ $0 > 0 }) else { throw BenchError("--pages: expected sizes like 1000,10000, found '\(raw)'") }
                sizes = parsed
            case "--repeat":
                let raw = try value(argument)
                guard let count = Int(raw), count > 0 else { throw BenchError("--repeat: expected a positive count, found '\(raw)'") }
                repeats = count
            case "--seed":
                let raw = try value(argument)
                guard let parsed = UInt64(raw) else { throw BenchError("--seed: expected an unsigned integer, found '\(raw)'") }
                seed = parsed
            case "--defects":
                let raw = try value(argument)
                guard let rate = Double(raw), (0...1).contains(rate) else { throw BenchError("--defects: expected 0...1, found '\(raw)'") }
                defectRate = rate
            case "--catalog": catalogPath = try value(argument)
            case "--keep": keep = true
            case "--references":
                let raw = try value(argument)
                guard let count = Int(raw), count > 0 else { throw BenchError("--references: expected a positive count, found '\(raw)'") }
                references = count
            case "--child":
                let raw = try value(argument)
                guard let mode = Mode(rawValue: raw) else {
                    throw BenchError("--child: expected one of \(Mode.allCases.map(\.rawValue)), found '\(raw)'")
                }
                child = (mode, try value(argument))
            case "-h", "--help": throw BenchError(Self.usage)
            default: throw BenchError("unknown argument '\(argument)'\n\(Self.usage)")
            }
        }
    }
}
