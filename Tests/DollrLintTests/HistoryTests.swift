import Foundation
import XCTest
@testable import DollrLintCore

final class HistoryTests: XCTestCase {
    func testHistoryFindsADeletedSecretAndPrintsNothingSecret() throws {
        let repo = try GitFixture()
        repo.write(["README.md": "shop\n"])
        try repo.commitAll("init")
        repo.write(["src/config.js": "// settings\n" + GitFixture.leak()])
        try repo.commitAll("add config")
        repo.write(["src/config.js": "// settings\nconst DOLLR_CLIENT_SECRET = process.env.DOLLR_CLIENT_SECRET;\n"])
        try repo.commitAll("read the secret from the environment")
        repo.write(["src/kept.js": GitFixture.leak(GitFixture.otherSecret)])
        try repo.commitAll("another leak, still there")

        let added = try repo.git("log", "--format=%H", "-1", "--skip=2").output.trimmingCharacters(in: .whitespacesAndNewlines)
        for format in ["text", "json", "sarif", "github", "junit"] {
            let run = try repo.lint(["history", "--format", format])
            XCTAssertEqual(run.status, 1, "\(format): \(run.stderr)")
            let output = run.stdout + run.stderr
            for secret in [GitFixture.leakedSecret, GitFixture.otherSecret] {
                for i in 0...(secret.count - 8) {
                    let piece = String(Array(secret)[i..<i + 8])
                    XCTAssertFalse(output.contains(piece), "\(format) prints part of a secret: \(piece)")
                }
            }
        }
        let json = try repo.lint(["history", "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let findings = object?["findings"] as? [[String: Any]] ?? []
        XCTAssertEqual(findings.map { "\($0["path"]!):\($0["line"]!)" }, ["src/config.js:2", "src/kept.js:1"], json.stdout)
        let deleted = findings[0]["message"] as? String ?? ""
        XCTAssertTrue(deleted.hasPrefix("commit \(added.prefix(12)) ("), deleted)
        XCTAssertTrue(deleted.contains("removed since"), deleted)
        XCTAssertTrue((findings[1]["message"] as? String ?? "").contains("still in HEAD"))

        // A range limits the audit to the commits it names.
        let recent = try repo.lint(["history", "HEAD~1..HEAD", "--format", "json"])
        XCTAssertFalse(recent.stdout.contains("src/config.js"), recent.stdout)
        XCTAssertTrue(recent.stdout.contains("src/kept.js"), recent.stdout)
        XCTAssertEqual(try repo.lint(["history", "--since", "2099-01-01"]).status, 0)
        XCTAssertEqual(try repo.lint(["history", "--upload-pack=x"]).status, 2)
    }

    func testUnifiedDiffParserReportsNewSideLineNumbers() {
        let diff = """
            commit abc 2024-01-01T00:00:00Z

            diff --git a/x.js b/x.js
            --- a/x.js
            +++ b/x.js
            @@ -1,0 +2,2 @@
            +one
            +++two
            @@ -5 +7 @@
            -old
            +three
            commit def 2024-01-02T00:00:00Z
            """
        var parser = UnifiedDiffParser()
        var seen: [String] = []
        for line in diff.split(separator: "\n", omittingEmptySubsequences: false) {
            switch parser.consume(Array(line.utf8)) {
            case .added(let path, let number, let text): seen.append("\(path):\(number):\(String(decoding: text, as: UTF8.self))")
            case .commit(let header): seen.append("commit \(header.prefix(3))")
            case .other: break
            }
        }
        XCTAssertEqual(seen, ["commit abc", "x.js:2:one", "x.js:3:++two", "x.js:7:three", "commit def"])
    }

    func testCatFileBatchReaderHandlesSplitChunksMissingAndTrees() {
        var reader = CatFileBatchReader(limit: 4)
        let stream = Array("aa blob 3\nxyz\nbb missing\ncc tree 2\n..\ndd blob 5\n12345\n".utf8)
        for start in stride(from: 0, to: stream.count, by: 3) { reader.feed(Array(stream[start..<min(stream.count, start + 3)])) }
        XCTAssertEqual(reader.results, [.content(Array("xyz".utf8)), .missing, .missing, .tooLarge])
    }
}
