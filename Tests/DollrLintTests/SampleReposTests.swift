import XCTest
@testable import DollrLintCore

/// End to end: the built binary on each sample repo must report exactly the golden findings
/// (Fixtures/samples-expected/<sample>.txt, `path:line rule`), exit 1 for leaky repos and 0 for fixed ones,
/// and never print a planted secret in any format.
final class SampleReposTests: XCTestCase {
    static let samples = ["node-express", "nextjs", "django", "laravel", "go", "react-native"]
    static let expectedDir = TestSupport.packageRoot.appendingPathComponent("Tests/DollrLintTests/Fixtures/samples-expected")

    static func golden(_ name: String) throws -> Set<String> {
        let text = try String(contentsOf: expectedDir.appendingPathComponent("\(name).txt"), encoding: .utf8)
        return Set(text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
    }

    func testSamplesProduceTheirGoldenFindings() throws {
        for sample in SampleReposTests.samples {
            for variant in ["leaky", "fixed"] {
                let name = "\(sample)-\(variant)"
                let run = try TestSupport.run(["samples/\(name)", "--format", "json"], cwd: TestSupport.packageRoot)
                XCTAssertEqual(run.status, variant == "leaky" ? 1 : 0, "\(name): exit status; stderr: \(run.stderr)")
                let report = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
                let findings = report["findings"] as! [[String: Any]]
                let got = Set(findings.map { "\($0["path"]!):\($0["line"]!) \($0["rule"]!)" })
                // Scanned from the package root, paths start with the scanned directory (as ESLint and semgrep print them).
                let want = Set(try SampleReposTests.golden(name).map { "samples/\(name)/" + $0 })
                XCTAssertEqual(got.subtracting(want).sorted(), [], "\(name): findings not in the golden file")
                XCTAssertEqual(want.subtracting(got).sorted(), [], "\(name): golden findings not reported")
            }
        }
    }

    func testNoPlantedSecretInAnyFormat() throws {
        let secrets = try String(contentsOf: SampleReposTests.expectedDir.appendingPathComponent("planted-secrets.txt"), encoding: .utf8)
            .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.count >= 12 }
        XCTAssertGreaterThan(secrets.count, 5)
        let out = TestSupport.temporaryDirectory()
        for sample in SampleReposTests.samples {
            for format in ["text", "json", "sarif", "github", "junit"] {
                let run = try TestSupport.run(["samples/\(sample)-leaky", "--format", format], cwd: TestSupport.packageRoot)
                let baseline = out.appendingPathComponent("\(sample).baseline.json").path
                _ = try TestSupport.run(["samples/\(sample)-leaky", "--write-baseline", baseline, "--quiet"], cwd: TestSupport.packageRoot)
                let written = (try? String(contentsOfFile: baseline, encoding: .utf8)) ?? ""
                for secret in secrets {
                    XCTAssertFalse(run.stdout.contains(secret), "\(sample) --format \(format) printed a planted secret")
                    XCTAssertFalse(run.stderr.contains(secret), "\(sample) --format \(format) printed a planted secret on stderr")
                    XCTAssertFalse(written.contains(secret), "\(sample) baseline holds a planted secret")
                }
            }
        }
    }

    func testOutputIsIdenticalWhateverTheJobCount() throws {
        let one = try TestSupport.run(["samples", "--format", "json", "--jobs", "1"], cwd: TestSupport.packageRoot)
        let many = try TestSupport.run(["samples", "--format", "json", "--jobs", "8"], cwd: TestSupport.packageRoot)
        func strip(_ s: String) -> String { s.replacingOccurrences(of: #""duration_ms": \d+"#, with: "", options: .regularExpression) }
        XCTAssertEqual(strip(one.stdout), strip(many.stdout))
        XCTAssertFalse(one.stdout.isEmpty)
    }
}
