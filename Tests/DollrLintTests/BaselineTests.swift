import Foundation
import XCTest
@testable import DollrLintCore

final class BaselineTests: XCTestCase {
    func testSHA256KnownVectors() {
        XCTAssertEqual(SHA256.hex(SHA256.hash([UInt8]())), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(SHA256.hex(SHA256.hash(Array("abc".utf8))), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(
            SHA256.hex(SHA256.hash(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        // 55, 56 and 64 bytes: the padding edge cases.
        let runsOfA = [
            55: "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318",
            56: "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a",
            64: "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb",
        ]
        for (count, digest) in runsOfA {
            XCTAssertEqual(SHA256.hex(SHA256.hash([UInt8](repeating: 0x61, count: count))), digest, "\(count) bytes")
        }
    }

    func testHMACSHA256RFC4231Vectors() {
        XCTAssertEqual(
            SHA256.hex(SHA256.hmac(key: [UInt8](repeating: 0x0b, count: 20), message: Array("Hi There".utf8))),
            "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7")
        XCTAssertEqual(
            SHA256.hex(SHA256.hmac(key: Array("Jefe".utf8), message: Array("what do ya want for nothing?".utf8))),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
        XCTAssertEqual(
            SHA256.hex(
                SHA256.hmac(
                    key: [UInt8](repeating: 0xaa, count: 131),
                    message: Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8))),
            "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54")
    }

    static let secret = "q8Zr3LmT0vXa9Kd2Wn5Yb7Pc1Hs4Gj6F"
    /// Shares its first three characters with `secret`, so both mask to the same snippet.
    static let swapped = "q8ZxT4nW7rB2mK9pL5vC3hJ6dF1sG0aY"
    static func code(_ secret: String) -> String { "const DOLLR_CLIENT_SECRET = \"\(secret)\";\n" }

    func testBaselineWriteMoveSwapDeleteAndStale() throws {
        let dir = TestSupport.temporaryDirectory()
        TestSupport.write(["src/dollr.js": Self.code(Self.secret)], to: dir)
        let baseline = dir.appendingPathComponent("dollr-baseline.json").path
        let written = try TestSupport.run([dir.path, "--write-baseline", baseline, "--quiet"])
        XCTAssertEqual(written.status, 0, written.stderr)
        let file = try String(contentsOfFile: baseline, encoding: .utf8)
        XCTAssertTrue(file.contains("\"version\": 2") && file.contains("\"salt\""), file)
        for i in 0...(Self.secret.count - 8) {
            let piece = String(Array(Self.secret)[i..<i + 8])
            XCTAssertFalse(file.contains(piece), "the baseline holds part of the secret: \(piece)")
        }
        // Written again: never scans its own file, so the count is the same.
        let rewritten = try TestSupport.run([dir.path, "--write-baseline", baseline, "--format", "json"])
        XCTAssertTrue(rewritten.stdout.contains("\"files_scanned\": 1"), rewritten.stdout)

        // Lines inserted above: still hidden.
        TestSupport.write(["src/dollr.js": "// config\n\n" + Self.code(Self.secret)], to: dir)
        let moved = try TestSupport.run([dir.path, "--baseline", baseline, "--fail-on-stale-baseline"])
        XCTAssertEqual(moved.status, 0, moved.stdout + moved.stderr)

        // The same line with a different secret (same masked form): reported.
        TestSupport.write(["src/dollr.js": "// config\n\n" + Self.code(Self.swapped)], to: dir)
        let swapped = try TestSupport.run([dir.path, "--baseline", baseline, "--format", "json"])
        XCTAssertEqual(swapped.status, 1, swapped.stdout)
        XCTAssertTrue(swapped.stdout.contains("\"line\": 3"), swapped.stdout)

        // The code deleted: the entry is stale, listed, and fails the run with the flag.
        TestSupport.write(["src/dollr.js": "// config\n"], to: dir)
        let stale = try TestSupport.run([dir.path, "--baseline", baseline])
        XCTAssertEqual(stale.status, 0)
        XCTAssertTrue(stale.stderr.contains("stale baseline entry for hardcoded-secret in src/dollr.js"), stale.stderr)
        XCTAssertEqual(try TestSupport.run([dir.path, "--baseline", baseline, "--fail-on-stale-baseline"]).status, 1)
    }

    func testTwoIdenticalFindingsNeedTwoEntries() {
        let finding = TestSupport.findings(["a.js": Self.code(Self.secret)], rules: ["hardcoded-secret"])
        XCTAssertEqual(finding.count, 1)
        let baseline = Baseline(findings: finding)
        let outcome = baseline.apply(to: finding + finding)
        XCTAssertEqual(outcome.remaining.count, 1)
        XCTAssertEqual(outcome.baselinedCount, 1)
        XCTAssertTrue(outcome.stale.isEmpty)
    }

    func testRenamedFileKeepsItsEntriesWhereGitSeesTheRename() throws {
        let repo = try GitFixture()
        repo.write(["old/dollr.js": Self.code(Self.secret) + String(repeating: "const filler = 1;\n", count: 20)])
        try repo.commitAll("init")
        try repo.git("mv", "old/dollr.js", "new-dollr.js")
        let baseline = repo.directory.appendingPathComponent("base.json").path
        // Recorded under the old path by a full scan before the rename was staged.
        try repo.git("stash", "-q")
        XCTAssertEqual(try repo.lint(["--write-baseline", baseline]).status, 0)
        try repo.git("stash", "pop", "-q")
        try repo.git("add", "-A")
        let staged = try repo.lint(["--staged", "--baseline", baseline, "--fail-on-stale-baseline"])
        XCTAssertEqual(staged.status, 0, staged.stdout + staged.stderr)
        let plain = try repo.lint(["--baseline", baseline])
        XCTAssertEqual(plain.status, 1, "without git's rename the moved file is new: \(plain.stdout)")
    }

    func testOldFormatBaselineSaysToWriteANewOne() throws {
        let dir = TestSupport.temporaryDirectory()
        let old = dir.appendingPathComponent("old.json")
        try "{\"version\": 1, \"tool\": \"dollr-lint\", \"findings\": [{\"fingerprint\": \"ab\", \"rule\": \"x\", \"path\": \"y\"}]}"
            .write(to: old, atomically: true, encoding: .utf8)
        let run = try TestSupport.run([dir.path, "--baseline", old.path])
        XCTAssertEqual(run.status, 2)
        XCTAssertTrue(run.stderr.contains("format 1") && run.stderr.contains("--write-baseline"), run.stderr)
        XCTAssertEqual(run.stderr.split(separator: "\n").count, 1, run.stderr)
    }
}
