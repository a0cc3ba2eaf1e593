/// Loads a rule pack and everything it includes, validates it whole, and compiles it.
/// A pack with any error does not load: every error is reported, none half-runs.
public enum PackLoader {
    public static func load(_ source: PackSource, taxonomy patches: [TaxonomyPatch] = []) throws(PackLoadError) -> RuleSet {
        var assembly = PackAssembly()
        assembly.patches = patches
        assembly.read(source, includedBy: nil, chain: [])
        let ruleSet = assembly.compile()
        guard assembly.errors.isEmpty, var ruleSet else {
            throw PackLoadError(errors: assembly.errors, sources: assembly.sources)
        }
        ruleSet.packTexts = assembly.readOrder.compactMap { path in assembly.sources[path].map { (path, $0.bytes) } }
        return ruleSet
    }

    /// Loads a pack from text, as if read from `path` (includes resolve relative to it).
    /// For tests and tools that build a pack in memory (and the pack fuzzer, Fuzz/).
    public static func load(text: String, path: String) throws(PackLoadError) -> RuleSet {
        var assembly = PackAssembly()
        let source = PackSource.file(path)
        assembly.loaded.insert(source.identity)
        assembly.read(SourceFile(path: path, text: text), as: source, chain: [])
        let ruleSet = assembly.compile()
        guard assembly.errors.isEmpty, var ruleSet else {
            throw PackLoadError(errors: assembly.errors, sources: assembly.sources)
        }
        ruleSet.packTexts = assembly.readOrder.compactMap { path in assembly.sources[path].map { (path, $0.bytes) } }
        return ruleSet
    }

    /// Loads several packs and combines them in order.
    /// With `patches` (a project's `taxonomy:`), each pack's taxonomies are changed before
    /// its rules compile; a patch naming a taxonomy no pack has is an error at its name.
    public static func load(_ sources: [PackSource], taxonomy patches: [TaxonomyPatch] = []) throws(PackLoadError) -> RuleSet {
        var sets: [RuleSet] = []
        var failure = PackLoadError(errors: [])
        var names = Set<String>()
        for source in sources {
            do {
                let set = try load(source, taxonomy: patches)
                names.formUnion(set.taxonomy.enums.keys)
                sets.append(set)
            } catch {
                failure.errors += error.errors
                failure.sources.merge(error.sources) { first, _ in first }
            }
        }
        if failure.errors.isEmpty {
            let known = Taxonomy(enums: Dictionary(uniqueKeysWithValues: names.map { ($0, TaxonomyEnum(name: $0, values: [])) }))
            failure.errors += known.applying(patches.filter { !names.contains($0.name.scalar?.value ?? "") }).1
        }
        guard failure.errors.isEmpty else { throw failure }
        return RuleSet.combined(sets)
    }

    /// The built-in pack FormCheck uses when no other is given.
    public static let defaultPack = PackSource.builtin("exercise.yml")
}

/// The parts of a pack gathered from its file and its includes, before compiling.
struct PackAssembly {
    var name: String?
    var description = ""
    var taxonomyNodes: [YAMLNode] = []
    var fieldsNode: YAMLNode?
    var linksNode: YAMLNode?
    var reportNode: YAMLNode?
    var proseNode: YAMLNode?
    /// A project's changes to the taxonomies, applied to those this pack defines.
    var patches: [TaxonomyPatch] = []
    var ruleNodes: [YAMLNode] = []
    var errors: [YAMLError] = []
    var sources: [String: SourceFile] = [:]
    /// The paths of `sources` in the order they were read.
    var readOrder: [String] = []
    /// Files already read, so a file included twice (not in a cycle) is read once.
    var loaded: Set<String> = []

    /// Reads one file: its own keys, then (depth first) the files it includes.
    mutating func read(_ source: PackSource, includedBy: YAMLNode?, chain: [PackSource]) {
        guard let file = source.read() else {
            let message = source.unreadableReason
            errors.append(includedBy.map { YAMLError(at: $0, message) }
                ?? YAMLError(path: source.path, range: SourceRange(at: SourceLocation(line: 1, column: 1, offset: 0)), message: message))
            return
        }
        loaded.insert(source.identity)
        read(file, as: source, chain: chain)
    }

    /// Reads one file's text: its own keys, then (depth first) the files it includes.
    mutating func read(_ file: SourceFile, as source: PackSource, chain: [PackSource]) {
        if sources.updateValue(file, forKey: file.path) == nil { readOrder.append(file.path) }
        do throws(YAMLError) {
            guard let root = try YAMLParser.parse(file) else { return }
            var reader = try YAMLMappingReader(root, context: "pack")
            if let pack = reader.optional("pack"), name == nil { name = try pack.string() }
            if let text = reader.optional("description"), description.isEmpty { description = try text.string() }
            if let include = reader.optional("include") {
                let items = try include.sequenceOrScalar()
                let visiting = chain + [source]
                for item in items {
                    let target = source.resolving(try item.string())
                    if let start = visiting.firstIndex(where: { $0.identity == target.identity }) {
                        let cycle = (visiting[start...] + [target]).map(\.path).joined(separator: " → ")
                        errors.append(YAMLError(at: item, "include cycle: \(cycle)"))
                    } else if loaded.insert(target.identity).inserted {
                        read(target, includedBy: item, chain: visiting)
                    }
                }
            }
            if let fields = reader.optional("fields") {
                if fieldsNode != nil { throw YAMLError(at: fields, "'fields' is defined by more than one file of the pack") }
                fieldsNode = fields
            }
            if let links = reader.optional("links") {
                if linksNode != nil { throw YAMLError(at: links, "'links' is defined by more than one file of the pack") }
                linksNode = links
            }
            if let report = reader.optional("report") {
                if reportNode != nil { throw YAMLError(at: report, "'report' is defined by more than one file of the pack") }
                reportNode = report
            }
            if let prose = reader.optional("prose") {
                if proseNode != nil { throw YAMLError(at: prose, "'prose' is defined by more than one file of the pack") }
                proseNode = prose
            }
            if let taxonomy = reader.optional("taxonomy") { taxonomyNodes.append(taxonomy) }
            if let rules = reader.optional("rules") { ruleNodes += try rules.sequence() }
            errors += reader.finishAll()
        } catch {
            errors.append(error)
        }
    }

    mutating func compile() -> RuleSet? {
        var taxonomy = Taxonomy()
        for node in taxonomyNodes {
            do {
                for (name, value) in try TaxonomyLoader.load(node) {
                    if taxonomy.enums[name] != nil {
                        errors.append(YAMLError(at: node, "taxonomy '\(name)' is defined twice"))
                    }
                    taxonomy.enums[name] = value
                }
            } catch {
                errors.append(error)
            }
        }
        let patches = self.patches.filter { taxonomy.enums[$0.name.scalar?.value ?? ""] != nil }
        if !patches.isEmpty {
            let (patched, patchErrors) = taxonomy.applying(patches)
            taxonomy = patched
            errors += patchErrors
        }
        var fieldSource = FieldSource()
        if let fieldsNode {
            do { fieldSource = try FieldSourceLoader.load(fieldsNode) } catch { errors.append(error) }
        }
        var links: LinkSettings?
        if let linksNode {
            do { links = try LinkSettingsLoader.load(linksNode) } catch { errors.append(error) }
        }
        var report: ReportSettings?
        if let reportNode {
            do { report = try ReportSettingsLoader.load(reportNode, fieldNames: fieldSource.names) } catch { errors.append(error) }
        }
        var prose = ProseSettings()
        if let proseNode {
            do { prose = try ProseSettingsLoader.load(proseNode) } catch { errors.append(error) }
        }
        var rules: [Rule] = []
        // Ids are compared before a rule compiles, so a duplicate is reported even when
        // the first rule with that id has errors of its own.
        var firstByID: [String: YAMLNode] = [:]
        for node in ruleNodes {
            if let idNode = (try? node.mapping())?.first(where: { $0.key.scalar?.value == "id" })?.value,
               let id = try? idNode.string() {
                if let first = firstByID[id] {
                    errors.append(YAMLError(
                        at: idNode, "duplicate rule id '\(id)'", note: "first defined at \(first.path):\(first.range.start)"))
                    continue
                }
                firstByID[id] = idNode
            }
            do {
                rules.append(try RuleCompiler.compile(node, taxonomy: taxonomy, fieldNames: fieldSource.names, prose: prose))
            } catch {
                errors.append(error)
            }
        }
        guard errors.isEmpty else { return nil }
        var ruleSet = RuleSet(name: name ?? "pack", description: description, rules: rules, taxonomy: taxonomy, fieldSource: fieldSource, links: links, report: report)
        ruleSet.prose = prose
        return ruleSet
    }
}

/// Reads `fields: { from: { section: Quick answer, front-matter: true }, names: [...] }`.
enum FieldSourceLoader {
    static func load(_ node: YAMLNode) throws(YAMLError) -> FieldSource {
        var reader = try YAMLMappingReader(node, context: "fields")
        var source = FieldSource()
        if let from = reader.optional("from") {
            var fromReader = try YAMLMappingReader(from, context: "fields.from")
            source.section = try fromReader.optional("section")?.string()
            source.frontMatter = try fromReader.optional("front-matter")?.bool() ?? true
            try fromReader.finish()
        }
        source.names = try reader.optional("names")?.stringList() ?? []
        try reader.finish()
        return source
    }
}
