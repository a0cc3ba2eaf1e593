import Foundation
import Testing
import TestSupport
@testable import FormCheckCore
@testable import FormCheckDocument
@testable import FormCheckEngine
@testable import FormCheckLinks
@testable import FormCheckReporting
@testable import FormCheckRules

/// Validates SARIF output against the official 2.1.0 schema with python3's `jsonschema`.
/// The schema lives outside the repository (in the shared folder of the build machine) and
/// `jsonschema` may not be installed, so the test is skipped when either is missing.
@Suite struct SARIFSchemaTests {
    static let schemaPath = SharedFolder.sarifSchema

    static let validatorAvailable: Bool = {
        guard FileManager.default.fileExists(atPath: schemaPath) else { return false }
        return (try? runPython(["-c", "import jsonschema"]).status) == 0
    }()

    static func runPython(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    static let script = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1]))
        errors = sorted(jsonschema.Draft7Validator(schema).iter_errors(json.load(open(sys.argv[2]))), key=str)
        for error in errors: print(list(error.absolute_path), error.message)
        sys.exit(1 if errors else 0)
        """

    func validate(_ sarif: String) throws -> (status: Int32, output: String) {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("formcheck-\(UUID().uuidString).sarif")
        try sarif.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        return try Self.runPython(["-c", Self.script, Self.schemaPath, file.path])
    }

    @Test(.enabled(if: SARIFSchemaTests.validatorAvailable, "needs \(SARIFSchemaTests.schemaPath) and python3 jsonschema"))
    func fixtureOutputIsValidSARIF() throws {
        let sarif = SARIFReporter(context: ReporterFixture.context).report(ReporterFixture.result)
        let outcome = try validate(sarif)
        #expect(outcome.status == 0, "\(outcome.output)")
    }

    @Test(.enabled(if: SARIFSchemaTests.validatorAvailable, "needs \(SARIFSchemaTests.schemaPath) and python3 jsonschema"))
    func emptyRunIsValidSARIF() throws {
        let outcome = try validate(SARIFReporter().report(LintResult(files: [])))
        #expect(outcome.status == 0, "\(outcome.output)")
    }

    /// Proves the validator can fail: a result without a message breaks the schema.
    @Test(.enabled(if: SARIFSchemaTests.validatorAvailable, "needs \(SARIFSchemaTests.schemaPath) and python3 jsonschema"))
    func brokenSARIFIsRejected() throws {
        let sarif = SARIFReporter(context: ReporterFixture.context).report(ReporterFixture.result)
            .replacingOccurrences(of: #""level" : "error""#, with: #""level" : "fatal""#)
        #expect(try validate(sarif).status != 0)
    }
}
