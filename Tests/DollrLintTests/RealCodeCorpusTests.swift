import XCTest
@testable import DollrLintCore

/// Trimmed copies of public merchant repositories nobody here wrote (Fixtures/realcode, each with its ORIGIN.md and
/// licence): none integrates Dollr, so each `.expected` is empty and every finding on them is a false positive.
/// Lines in KNOWN_FAILURES.txt are printed, not failed, until the rules are fixed; a listed line that no longer
/// happens fails, so the list only shrinks.
final class RealCodeCorpusTests: XCTestCase {
    static let corpus = TestSupport.packageRoot.appendingPathComponent("Tests/DollrLintTests/Fixtures/realcode")

    func testRealCodeCorpusMatchesItsExpectations() throws {
        let known = try Self.knownFailures()
        var seen = Set<String>()
        var expectedCount = 0, truePositives = 0, reported = 0
        let engine = TestSupport.scanner()
        for name in try Self.repoNames() {
            let want = try Self.expected(for: name)
            let report = try engine.scan(ScanRequest(root: Self.corpus.appendingPathComponent(name).path))
            let got = Set(report.findings.filter { $0.rule != SuppressionFilter.ruleID }.map { "\($0.path):\($0.line) \($0.rule)" })
            expectedCount += want.count
            truePositives += got.intersection(want).count
            reported += got.count
            let missed = want.subtracting(got).map { ("\(name) \($0)", "missed") }
            let problems = missed + got.subtracting(want).map { ("\(name) \($0)", "false") }
            for (key, kind) in problems.sorted(by: { $0.0 < $1.0 }) {
                if known.contains(key) {
                    seen.insert(key)
                    print("realcode known failure (\(kind)): \(key)")
                } else {
                    XCTFail("realcode: \(kind) \(key) (fix the rule, or list it in KNOWN_FAILURES.txt with its cause)")
                }
            }
        }
        for fixed in known.subtracting(seen).sorted() {
            XCTFail("realcode: '\(fixed)' no longer happens; delete it from KNOWN_FAILURES.txt")
        }
        print("realcode repos: \(reported) reported, \(truePositives) of \(expectedCount) expected, \(seen.count) known failures left")
    }

    /// Redistribution needs the licence and the origin beside every trimmed copy.
    func testEveryCorpusRepositoryCarriesItsOriginAndLicence() throws {
        let names = try Self.repoNames()
        XCTAssertGreaterThanOrEqual(names.count, 20)
        let files = FileManager.default
        for name in names {
            let dir = Self.corpus.appendingPathComponent(name)
            XCTAssertTrue(files.fileExists(atPath: dir.appendingPathComponent("ORIGIN.md").path), "\(name) has no ORIGIN.md")
            let origin = (try? String(contentsOf: dir.appendingPathComponent("ORIGIN.md"), encoding: .utf8)) ?? ""
            XCTAssertTrue(
                origin.contains("https://github.com/") && origin.contains("Commit: ") && origin.contains("Licence: "),
                "\(name)/ORIGIN.md must name the URL, the commit and the licence")
            let licences =
                files.enumerator(atPath: dir.path)?.compactMap { $0 as? String }
                .filter { ($0 as NSString).lastPathComponent.uppercased().hasPrefix("LICENSE") } ?? []
            XCTAssertFalse(licences.isEmpty, "\(name) keeps no LICENSE file")
        }
    }

    static func repoNames() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix(".expected") }
            .map { String($0.dropLast(".expected".count)) }.sorted()
    }

    static func expected(for name: String) throws -> Set<String> {
        let text = try String(contentsOf: corpus.appendingPathComponent("\(name).expected"), encoding: .utf8)
        return Set(text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
    }

    /// `<repo> <path:line rule>` per line; `#` starts the reason.
    static func knownFailures() throws -> Set<String> {
        let text = try String(contentsOf: corpus.appendingPathComponent("KNOWN_FAILURES.txt"), encoding: .utf8)
        return Set(
            text.split(separator: "\n").map { $0.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0] }
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
    }
}
