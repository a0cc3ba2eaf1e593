import Testing
@testable import formcheck_bench

@Suite struct HarnessTests {
    @Test func optionsReadSizesAndRejectBadValues() throws {
        let options = try Options(arguments: ["--pages", "1000,10_000,50000", "--repeat", "5", "--defects", "0"])
        #expect(options.sizes == [1000, 10000, 50000])
        #expect(options.repeats == 5)
        #expect(options.defectRate == 0)
        #expect(try Options(arguments: []).sizes == [1000, 10000])
        #expect(throws: BenchError.self) { try Options(arguments: ["--pages", "ten"]) }
        #expect(throws: BenchError.self) { try Options(arguments: ["--repeat", "0"]) }
        #expect(throws: BenchError.self) { try Options(arguments: ["--child", "nope", "/tmp"]) }
        #expect(throws: BenchError.self) { try Options(arguments: ["--pages"]) }
    }

    @Test func childModeIsParsed() throws {
        let options = try Options(arguments: ["--child", "lint-par", "/tmp/x"])
        #expect(options.child?.mode == .lintParallel)
        #expect(options.child?.directory == "/tmp/x")
    }

    @Test func sampleLineRoundTrips() throws {
        let sample = Sample(seconds: 1.25, cpuSeconds: 0.5, bytes: 4096, files: 3, diagnostics: 2, peakKiB: 20480, startKiB: 18000)
        let parsed = try #require(Sample(line: sample.line))
        #expect(parsed.seconds == 1.25 && parsed.cpuSeconds == 0.5 && parsed.bytes == 4096 && parsed.files == 3 && parsed.diagnostics == 2 && parsed.peakKiB == 20480 && parsed.startKiB == 18000)
        #expect(Sample(line: "1.0 2 3") == nil)
    }

    @Test func medianTakesTheMiddleTimeAndTheMiddlePeak() {
        let samples = [
            Sample(seconds: 3, cpuSeconds: 0.3, bytes: 1, files: 1, diagnostics: 0, peakKiB: 10),
            Sample(seconds: 1, cpuSeconds: 0.2, bytes: 1, files: 1, diagnostics: 0, peakKiB: 30),
            Sample(seconds: 2, cpuSeconds: 0.1, bytes: 1, files: 1, diagnostics: 0, peakKiB: 20),
        ]
        let median = Harness.median(samples)
        #expect(median.seconds == 2)
        #expect(median.cpuSeconds == 0.2)
        #expect(median.peakKiB == 20)
    }

    @Test func peakMemoryIsReadFromProc() {
        #expect(PeakMemory.kib() > 1024)
        #expect(PeakMemory.kib(field: "VmRSS:") > 1024)
        #expect(PeakMemory.kib(field: "VmRSS:") <= PeakMemory.kib())
    }

    @Test func cpuTimeAdvancesWithWork() {
        let before = CPUTime.seconds()
        var sum = 0.0
        for index in 0..<3_000_000 { sum += Double(index).squareRoot() }
        #expect(sum > 0)
        #expect(CPUTime.seconds() > before)
    }
}

@Suite struct CatalogTests {
    @Test(arguments: [
        ("6. Repeat with the other leg.", "Repeat with the other leg."),
        ("  2) Hold.\n", "Hold."),
        ("- Keep going.", "Keep going."),
        ("Lift 2.5 kg. Then rest.", "Lift 2.5 kg. Then rest."),
        ("Stand tall\nand breathe.", "Stand tall and breathe."),
    ])
    func stepsLoseTheirOwnMarkers(step: String, expected: String) {
        #expect(Catalog.plainStep(step) == expected)
    }
}
