import Foundation
import Testing
import TestSupport
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

/// The JSON Schemas of `formcheck rules schema` match what the loaders accept.
@Suite struct PackSchemaTests {
    static let repository = PackageRoot.url

    /// Every key a check kind's factory asks for, on every rule of the built-in pack, is
    /// a key the kind declares for the schema (and so is documented to editors).
    @Test func everyKeyAFactoryReadsIsDeclared() throws {
        let common = Set(PackSchema.ruleKeys.map(\.name))
        var kindsSeen = Set<String>()
        for pack in BuiltinPackCatalog.displayNames {
        let ruleSet = try PackLoader.load(.builtin(pack + ".yml"))
        let root = try #require(try YAMLParser.parse(SourceFile(path: pack + ".yml", text: BuiltinPacks.files[pack + ".yml"] ?? "")))
        for node in try #require(root["rules"]).sequence() {
            var reader = try YAMLMappingReader(node, context: "rule")
            for key in common { _ = reader.optional(key) }
            let kindName = try #require(node["check"]).string()
            let kind = try #require(CheckRegistry.kind(named: kindName))
            kindsSeen.insert(kindName)
            let context = CheckFactoryContext(
                ruleID: try #require(node["id"]).string(), section: try node["section"]?.string(),
                taxonomy: ruleSet.taxonomy, fieldNames: ruleSet.fieldSource.names)
            _ = try kind.make(&reader, context)
            let undeclared = Set(reader.knownKeys).subtracting(common).subtracting(kind.keys.map(\.name))
            #expect(undeclared.isEmpty, "kind '\(kindName)' reads keys it does not declare: \(undeclared.sorted())")
        }
        }
        #expect(kindsSeen == Set(CheckRegistry.kinds.map(\.name)), "the built-in packs should use every kind so this test covers it")
    }

    /// The loader's own list of the keys it accepts (shown in the unknown-key note) is the
    /// schema's list, for every kind: common keys and the kind's keys.
    @Test(arguments: CheckRegistry.kinds.map(\.name))
    func loaderAndSchemaAcceptTheSameKeys(kind: String) throws {
        // The least each kind needs before it reads the rest of its keys.
        let required = [
            "consistency": "    template: \"x {{A}}\"\n", "faq": "    question: \"Q {{title}}?\"\n",
            "mentions": "    enum: t\n    field: A\n", "title": "    in-questions: { section: S, one-of: [\"Q {{title}}?\"] }\n",
            "links": "    expect: [{ text: t, url: u }]\n", "unique": "    of: title\n", "references": "    table: header\n",
            "claims": "    field: A\n    enum: t\n    read: [{ section: S }]\n    cues: [\"is {{value}}\"]\n",
        ]
        let pack = "pack: p\nfields: { names: [A] }\ntaxonomy: { t: [x] }\nrules:\n  - id: r\n    check: \(kind)\n    section: S\n"
            + (required[kind] ?? "") + "    zzzzzzzzzzzz: 1\n"
        do {
            _ = try PackLoader.load(text: pack, path: "p.yml")
        } catch {
            let note = try #require(
                error.errors.first(where: { $0.message.contains("unknown key 'zzzzzzzzzzzz'") })?.note,
                "the rule should load but for its unknown key: \(error.description)")
            let accepted = Set(note.replacingOccurrences(of: "expected one of: ", with: "").split(separator: ",").map {
                $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "'"))
            })
            let declared = Set(PackSchema.ruleKeys.map(\.name) + (CheckRegistry.kind(named: kind)?.keys.map(\.name) ?? []))
            #expect(accepted == declared)
            return
        }
        Issue.record("a rule with an unknown key loaded")
    }

    @Test func rulesOfEachKindAllowOnlyTheirKeys() throws {
        let schema = PackSchema.pack()
        let rules = try #require((schema["properties"] as? [String: Any])?["rules"] as? [String: Any])
        let variants = try #require((rules["items"] as? [String: Any])?["oneOf"] as? [[String: Any]])
        #expect(variants.count == CheckRegistry.kinds.count)
        for (variant, kind) in zip(variants, CheckRegistry.kinds) {
            let properties = try #require(variant["properties"] as? [String: Any])
            #expect((properties["check"] as? [String: Any])?["const"] as? String == kind.name)
            #expect(Set(properties.keys) == Set(PackSchema.ruleKeys.map(\.name) + kind.keys.map(\.name)))
            #expect(variant["additionalProperties"] as? Bool == false)
        }
    }

    /// Validated with python3's jsonschema when it is installed (skipped otherwise):
    /// the built-in pack passes, a pack with a misspelled key fails.
    @Test(.enabled(if: PythonJSONSchema.available, "needs python3 with the jsonschema and yaml modules"))
    func builtinPackValidatesAndATypoDoesNot() throws {
        let schema = PackSchema.text(PackSchema.pack())
        for name in ["exercise.yml", "taxonomy.yml"] {
            let pack = Self.repository.appendingPathComponent("Rules").appendingPathComponent(name)
            #expect(try PythonJSONSchema.errors(schema: schema, yaml: String(contentsOf: pack, encoding: .utf8)) == "")
        }
        let typo = "pack: t\nrules:\n  - id: a\n    check: list\n    section: Steps\n    minn: 3\n"
        #expect(try PythonJSONSchema.errors(schema: schema, yaml: typo) != "")
        let config = PackSchema.text(PackSchema.config())
        let good = "extends: [exercise]\nlinks: { mode: online, timeout: 5 }\noverrides:\n  - files: [drafts/**]\n    links: skip\n    rules: { steps: off }\n"
        #expect(try PythonJSONSchema.errors(schema: config, yaml: good) == "")
        #expect(try PythonJSONSchema.errors(schema: config, yaml: "extend: [exercise]\n") != "")
    }
}

/// Runs python3's jsonschema over a YAML document; prints nothing when it is valid.
enum PythonJSONSchema {
    static let available: Bool = (try? run(["-c", "import jsonschema, yaml"], input: "")) == ""

    static func errors(schema: String, yaml: String) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let schemaFile = directory.appendingPathComponent("schema.json")
        try schema.write(to: schemaFile, atomically: true, encoding: .utf8)
        let script = """
            import json, sys, yaml, jsonschema
            schema = json.load(open(sys.argv[1]))
            document = yaml.safe_load(sys.stdin.read())
            for error in jsonschema.Draft7Validator(schema).iter_errors(document):
                print(error.message[:200], list(error.path))
            """
        return try run(["-c", script, schemaFile.path], input: yaml)
    }

    private static func run(_ arguments: [String], input: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stdout
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: output, as: UTF8.self)
    }
}
