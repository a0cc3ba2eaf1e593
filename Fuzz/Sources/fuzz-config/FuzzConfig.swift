import Foundation
import FormCheckKit

/// The built-in pack, loaded once per process: the rule set a config without `extends`
/// applies to (built-in packs named in `extends` are loaded once each, then reused).
nonisolated(unsafe) let defaultRuleSet = try! PackLoader.load(PackLoader.defaultPack)
nonisolated(unsafe) var builtinRuleSets: [[PackSource]: RuleSet] = [:]

/// The config file every input is written to: `ProjectConfig.load` is the CLI's loader
/// and reads a path. One folder per process, so parallel jobs do not share it.
let configPath: String = {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fuzz-config-\(getpid())")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder.appendingPathComponent(ProjectConfig.fileName).path
}()

/// Paths the config's globs and overrides are matched against.
let samplePaths = ["page.md", "content/a/b.md", "drafts/x.md", "../outside.md", "/abs/z.md", "dir/.hidden.md", "ü/ñ.md"]

/// One input is one `.formcheck.yml`.
@main enum FuzzConfig {
    /// SwiftPM gives an executable's entry point a name of its own and points `main` at
    /// it; this one hands the arguments to libFuzzer's driver.
    static func main() {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
            guard let data else { return fuzzConfig(UnsafePointer(bitPattern: 1)!, 0) }
            return fuzzConfig(data, size)
        })
    }
}

/// As `formcheck lint` does: load the config, load the packs it extends (built-in ones
/// only: a file named in the input is not read), apply its rule overrides, then select
/// files and per-file rule sets with its globs.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzConfig(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard FileManager.default.createFile(atPath: configPath, contents: Data(bytes: data, count: size)) else {
        fatalError("cannot write \(configPath)")
    }
    do {
        let config = try ProjectConfig.load(configPath)
        let base = try ruleSet(extending: config.extends)
        let applied = try config.apply(to: base, source: try? SourceFileLoader.load(configPath))
        // Page types: each type's packs (built-in only), the rule changes over all types, a
        // page's type and its rule set.
        let typeRuleSets = try config.types.map { type throws(PackLoadError) in
            try ruleSet(extending: type.extends.isEmpty ? config.extends : type.extends)
        }
        let typed = config.types.isEmpty ? [] : try config.apply(toTypes: typeRuleSets, source: nil)
        for path in samplePaths {
            _ = config.selects(path)
            _ = config.ruleSet(for: path, base: applied)
            if let index = config.typeIndex(of: path), typed.indices.contains(index) {
                _ = config.ruleSet(for: path, base: typed[index])
            }
        }
    } catch {
        for problem in error.errors where problem.path.isEmpty {
            fatalError("config error without a file: \(problem)")
        }
        _ = error.rendered()
    }
    return 0
}

/// The default pack when `extends` is empty or names anything but built-in packs.
func ruleSet(extending sources: [PackSource]) throws(PackLoadError) -> RuleSet {
    guard !sources.isEmpty, sources.allSatisfy({ if case .builtin = $0 { true } else { false } }) else { return defaultRuleSet }
    if let cached = builtinRuleSets[sources] { return cached }
    let loaded = try PackLoader.load(sources)
    builtinRuleSets[sources] = loaded
    return loaded
}
