import Foundation
import XCTest
@testable import DollrLintCore

final class GitGateTests: XCTestCase {
    func testStagedScansTheIndexNotTheWorkingCopy() throws {
        let repo = try GitFixture()
        repo.write(["README.md": "hello\n"])
        try repo.commitAll("init")
        repo.write(["src/pay.js": GitFixture.leak()])
        try repo.git("add", "src/pay.js")
        repo.write(["src/pay.js": "const DOLLR_CLIENT_SECRET = process.env.DOLLR_CLIENT_SECRET;\n"])
        let leaked = try repo.lint(["--staged", "--format", "json"])
        XCTAssertEqual(leaked.status, 1, leaked.stderr)
        XCTAssertTrue(leaked.stdout.contains("\"path\": \"src/pay.js\""), leaked.stdout)
        XCTAssertFalse(leaked.stdout.contains(GitFixture.leakedSecret))

        // Deleted from the working tree but staged: still what the commit will hold.
        try repo.remove("src/pay.js")
        XCTAssertEqual(try repo.lint(["--staged", "--quiet"]).status, 1)

        // A clean staged file with a leaky working copy passes.
        repo.write(["src/pay.js": "const DOLLR_CLIENT_SECRET = process.env.DOLLR_CLIENT_SECRET;\n"])
        try repo.git("add", "src/pay.js")
        repo.write(["src/pay.js": GitFixture.leak()])
        let clean = try repo.lint(["--staged"])
        XCTAssertEqual(clean.status, 0, clean.stdout)
    }

    func testStagedHonoursTheStagedDollrlintignore() throws {
        let repo = try GitFixture()
        repo.write([".dollrlintignore": "fixtures/\n*.snap.js\n", "README.md": "x\n"])
        try repo.commitAll("init")
        repo.write([
            "fixtures/leak.js": GitFixture.leak(), "test/a.snap.js": GitFixture.leak(),
            "node_modules/pkg/index.js": GitFixture.leak(), "src/pay.js": GitFixture.leak(),
        ])
        try repo.git("add", "-A", "-f")
        let run = try repo.lint(["--staged", "--format", "json"])
        XCTAssertEqual(findings(run.stdout).map { $0["path"] as? String }, ["src/pay.js"], run.stdout)
        let audit = try repo.lint(["--staged", "--no-ignore", "--format", "json"])
        XCTAssertEqual(findings(audit.stdout).count, 4, audit.stdout)
    }

    func testStagedLimitsToNamedPathsAndStreamsThousandsOfBlobs() throws {
        let repo = try GitFixture()
        repo.write(["README.md": "x\n"])
        try repo.commitAll("init")
        // Thousands of ids in and megabytes out of one cat-file: neither pipe may fill and stall the other.
        let filler = String(repeating: "export const price = items.reduce((sum, item) => sum + item.price, 0);\n", count: 30)
        var files = [String: String]()
        for i in 0..<2000 { files["gen/m\(i / 100)/f\(i).ts"] = filler }
        files["a/pay.js"] = GitFixture.leak()
        files["b/pay.js"] = GitFixture.leak(GitFixture.otherSecret)
        repo.write(files)
        try repo.git("add", "-A")
        let all = try repo.lint(["--staged", "--format", "json"])
        XCTAssertTrue(all.stdout.contains("\"files_scanned\": 2002"), String(all.stdout.suffix(400)))
        let named = try repo.lint(["--staged", "b/pay.js", "README.md", "--format", "json"])
        XCTAssertEqual(findings(named.stdout).map { $0["path"] as? String }, ["b/pay.js"], named.stdout)
    }

    func testStagedOutsideARepositoryIsOneLineAndExit2() throws {
        let dir = TestSupport.temporaryDirectory()
        let run = try TestSupport.run(["--staged"], cwd: dir)
        XCTAssertEqual(run.status, 2)
        XCTAssertEqual(run.stderr.split(separator: "\n").count, 1, run.stderr)
        XCTAssertTrue(run.stderr.contains("not inside a git repository"), run.stderr)
    }

    func testDiffScansWhatHeadAddedSinceTheMergeBaseAndDiffLinesOnlyItsLines() throws {
        let repo = try GitFixture()
        repo.write(["app/pay.js": GitFixture.leak(), "app/other.js": GitFixture.leak(GitFixture.otherSecret)])
        try repo.commitAll("old leaks on main")
        try repo.git("checkout", "-q", "-b", "feature")
        let second = GitFixture.leak(GitFixture.otherSecret).replacingOccurrences(of: "DOLLR_CLIENT_SECRET", with: "DOLLR_SECRET_B")
        repo.write(["app/pay.js": GitFixture.leak() + "\n" + second])
        try repo.commitAll("a new leak")
        let files = try repo.lint(["--diff", "main", "--format", "json"])
        XCTAssertEqual(files.status, 1)
        XCTAssertEqual(findings(files.stdout).map { "\($0["path"]!):\($0["line"]!)" }, ["app/pay.js:1", "app/pay.js:3"], files.stdout)
        let lines = try repo.lint(["--diff", "main", "--diff-lines", "--format", "json"])
        XCTAssertEqual(findings(lines.stdout).map { "\($0["path"]!):\($0["line"]!)" }, ["app/pay.js:3"], lines.stdout)
        // Nothing changed since main on main itself.
        try repo.git("checkout", "-q", "main")
        XCTAssertEqual(try repo.lint(["--diff", "main"]).status, 0)
    }

    func testMissingReferenceAndShallowCloneSayHowToFetch() throws {
        let repo = try GitFixture()
        repo.write(["a.js": "const a = 1;\n"])
        try repo.commitAll("one")
        repo.write(["a.js": "const a = 2;\n"])
        try repo.commitAll("two")
        let missing = try repo.lint(["--diff", "origin/main"])
        XCTAssertEqual(missing.status, 2)
        XCTAssertEqual(missing.stderr.split(separator: "\n").count, 1, missing.stderr)
        XCTAssertTrue(missing.stderr.contains("fetch-depth: 0"), missing.stderr)

        let shallowDir = TestSupport.temporaryDirectory().appendingPathComponent("clone")
        let clone = Process()
        clone.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        clone.arguments = ["git", "clone", "-q", "--depth", "1", "file://" + repo.directory.path, shallowDir.path]
        try clone.run()
        clone.waitUntilExit()
        let shallow = try TestSupport.run(["--diff", "HEAD~1"], cwd: shallowDir)
        XCTAssertEqual(shallow.status, 2)
        XCTAssertTrue(shallow.stderr.contains("shallow") && shallow.stderr.contains("fetch-depth: 0"), shallow.stderr)
        let history = try TestSupport.run(["history"], cwd: shallowDir)
        XCTAssertTrue(history.stderr.contains("shallow"), history.stderr)
    }

    /// A repository whose configuration tries every way of making git run a command: none may run.
    func testHostileRepositoryRunsNothingInAnyGitMode() throws {
        let repo = try GitFixture()
        let markers = TestSupport.temporaryDirectory()
        let script = markers.appendingPathComponent("evil.sh")
        try "#!/bin/sh\ntouch \"\(markers.path)/ran-$1\"\ncat\n".write(to: script, atomically: true, encoding: .utf8)
        chmod(script.path, 0o755)
        for (key, value) in [
            ("core.fsmonitor", "\(script.path) fsmonitor"), ("diff.external", "\(script.path) external"),
            ("diff.evil.textconv", "\(script.path) textconv"), ("core.pager", "\(script.path) pager"),
            ("pager.diff", "\(script.path) pagerdiff"), ("filter.evil.clean", "\(script.path) clean"),
            ("filter.evil.smudge", "\(script.path) smudge"), ("core.hooksPath", markers.path),
        ] {
            try repo.git("config", key, value)
        }
        for hook in ["pre-commit", "post-checkout", "post-index-change", "reference-transaction"] {
            let path = markers.appendingPathComponent(hook)
            try "#!/bin/sh\ntouch \"\(markers.path)/ran-hook-\(hook)\"\n".write(to: path, atomically: true, encoding: .utf8)
            chmod(path.path, 0o755)
        }
        repo.write([".gitattributes": "*.js diff=evil filter=evil\n", "pay.js": "const a = 1;\n"])
        try repo.commitAll("init")
        repo.write(["pay.js": GitFixture.leak()])
        try repo.commitAll("leak")
        repo.write(["pay.js": GitFixture.leak(GitFixture.otherSecret)])
        try repo.git("add", "pay.js")
        repo.write(["pay.js": "const a = 3;\n"])
        let environment = ["GIT_EXTERNAL_DIFF": "\(script.path) env-external", "GIT_PAGER": "\(script.path) env-pager"]
        let modes = [
            ["--staged"], ["--staged", "--diff-lines"], ["--diff", "HEAD~1"], ["--diff", "HEAD~1", "--diff-lines"], ["history"],
        ]
        for arguments in modes {
            let run = try runWithEnvironment(arguments, cwd: repo.directory, environment: environment)
            XCTAssertEqual(run.status, 1, "\(arguments): \(run.stderr)")
        }
        let ran = try FileManager.default.contentsOfDirectory(atPath: markers.path).filter { $0.hasPrefix("ran-") }
        XCTAssertEqual(ran, [], "git ran the repository's commands")
    }

    func testGitRunnerHardensEveryInvocation() {
        let runner = GitRunner(directory: "/")
        let diff = runner.commandLine(["diff", "--cached"])
        for option in [
            "core.fsmonitor=false", "core.hooksPath=/dev/null", "diff.external=", "core.pager=cat", "--no-pager",
            "--no-ext-diff", "--no-textconv", "diff.relative=false",
        ] {
            XCTAssertTrue(diff.contains(option), option)
        }
        XCTAssertFalse(runner.commandLine(["cat-file", "--batch"]).contains("--no-textconv"))
        let inherited = ["GIT_EXTERNAL_DIFF": "x", "GIT_CONFIG_PARAMETERS": "x", "GIT_INDEX_FILE": "i", "PATH": "/bin"]
        let env = GitRunner.environment(from: inherited)
        XCTAssertEqual(env["GIT_INDEX_FILE"], "i")
        XCTAssertEqual(env["PATH"], "/bin")
        XCTAssertNil(env["GIT_EXTERNAL_DIFF"])
        XCTAssertNil(env["GIT_CONFIG_PARAMETERS"])
    }

    func testPathsAreReportedFromTheCurrentDirectory() throws {
        let dir = TestSupport.temporaryDirectory()
        TestSupport.write(["app/pay.ts": GitFixture.leak()], to: dir)
        for arguments in [["app"], ["app/pay.ts"], ["./app/"]] {
            let run = try TestSupport.run(arguments + ["--format", "json"], cwd: dir)
            XCTAssertEqual(findings(run.stdout).map { $0["path"] as? String }, ["app/pay.ts"], "\(arguments): \(run.stdout)")
        }
        let text = try TestSupport.run(["app"], cwd: dir)
        XCTAssertTrue(text.stdout.hasPrefix("app/pay.ts:1:"), text.stdout)
        // Outside the current directory: relative to the scan root.
        let elsewhere = TestSupport.temporaryDirectory()
        let outside = try TestSupport.run([dir.appendingPathComponent("app").path, "--format", "json"], cwd: elsewhere)
        XCTAssertEqual(findings(outside.stdout).map { $0["path"] as? String }, ["pay.ts"], outside.stdout)
    }

    func testUnreadableFileFailsClosedUnlessSkipped() throws {
        // /proc/self/mem is a regular file that read(2) refuses with EIO, even for root.
        let closed = try TestSupport.run(["/proc/self/mem"])
        XCTAssertEqual(closed.status, 2)
        XCTAssertTrue(closed.stderr.contains("--skip-unreadable"), closed.stderr)
        let skipped = try TestSupport.run(["/proc/self/mem", "--skip-unreadable"])
        XCTAssertEqual(skipped.status, 0, skipped.stderr)
        XCTAssertTrue(skipped.stdout.contains("skipped 1 unreadable"), skipped.stdout)
    }

    /// The plain hook from the README, installed as .git/hooks/pre-commit, blocks a staged leak.
    func testPlainGitHookFromTheReadme() throws {
        let readme = try String(contentsOf: TestSupport.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let marker = "# .git/hooks/pre-commit"
        guard let start = readme.range(of: "```sh\n#!/bin/sh\n" + marker) else { return XCTFail("README has no plain git hook block") }
        let hook = String(readme[readme.index(start.lowerBound, offsetBy: 6)...].prefix { $0 != "`" })
        let repo = try GitFixture()
        repo.write(["README.md": "x\n"])
        try repo.commitAll("init")
        let hookPath = repo.directory.appendingPathComponent(".git/hooks/pre-commit")
        try hook.write(to: hookPath, atomically: true, encoding: .utf8)
        chmod(hookPath.path, 0o755)
        let path = ["PATH": TestSupport.binary.deletingLastPathComponent().path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "")]

        repo.write(["pay.js": GitFixture.leak()])
        try repo.git("add", "pay.js")
        repo.write(["pay.js": "const DOLLR_CLIENT_SECRET = process.env.DOLLR_CLIENT_SECRET;\n"])
        let blocked = try repo.git("commit", "-m", "leak", hooks: true, environment: path)
        XCTAssertNotEqual(blocked.status, 0, blocked.output)
        XCTAssertTrue(blocked.output.contains("hardcoded-secret"), blocked.output)
        XCTAssertFalse(blocked.output.contains(GitFixture.leakedSecret))

        try repo.git("add", "pay.js")
        repo.write(["pay.js": GitFixture.leak()])
        let passed = try repo.git("commit", "-m", "clean", hooks: true, environment: path)
        XCTAssertEqual(passed.status, 0, passed.output)
    }

    func findings(_ json: String) -> [[String: Any]] {
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] else { return [] }
        return object["findings"] as? [[String: Any]] ?? []
    }

    func runWithEnvironment(_ arguments: [String], cwd: URL, environment: [String: String]) throws -> TestSupport.Run {
        let saved = environment.keys.map { ($0, ProcessInfo.processInfo.environment[$0]) }
        for (k, v) in environment { setenv(k, v, 1) }
        defer { for (k, v) in saved { if let v = v { setenv(k, v, 1) } else { unsetenv(k) } } }
        return try TestSupport.run(arguments, cwd: cwd)
    }
}

/// The real pre-commit framework (from PyPI) running this repository's hook manifest in a temporary repository.
final class PreCommitFrameworkTests: XCTestCase {
    func testPreCommitBlocksAStagedLeakAndPassesOnceFixed() throws {
        guard let preCommit = Self.which("pre-commit") else {
            throw XCTSkip("pre-commit is not installed (pip install pre-commit; .ci/run installs it)")
        }
        // The manifest's own entry, with the built binary for `dollr-lint`: building the package in release mode
        // inside pre-commit's cache (what `language: swift` does) takes minutes on CI's two cores, so the test runs
        // the same command as a `language: system` hook.
        let manifestURL = TestSupport.packageRoot.appendingPathComponent(".pre-commit-hooks.yaml")
        let validated = try Self.run(
            [preCommit, "validate-manifest", manifestURL.path], in: TestSupport.packageRoot,
            home: TestSupport.temporaryDirectory().path)
        XCTAssertEqual(validated.status, 0, validated.output)
        let manifest = try String(contentsOf: manifestURL, encoding: .utf8)
        guard let entryLine = manifest.split(separator: "\n").first(where: { $0.hasPrefix("  entry: dollr-lint") }) else {
            return XCTFail("the manifest has no dollr-lint entry")
        }
        let entry = entryLine.replacingOccurrences(of: "  entry: dollr-lint", with: "        entry: " + TestSupport.binary.path)
        let repo = try GitFixture()
        repo.write([
            ".pre-commit-config.yaml": """
            repos:
              - repo: local
                hooks:
                  - id: dollr-lint
                    name: dollr-lint
                    language: system
                    pass_filenames: false
            \(entry)

            """
        ])
        try repo.commitAll("pre-commit config")
        repo.write(["src/pay.js": GitFixture.leak()])
        try repo.git("add", "src/pay.js")
        let home = TestSupport.temporaryDirectory().path
        let blocked = try Self.run([preCommit, "run"], in: repo.directory, home: home)
        XCTAssertNotEqual(blocked.status, 0, blocked.output)
        XCTAssertTrue(blocked.output.contains("hardcoded-secret") && blocked.output.contains("src/pay.js"), blocked.output)
        XCTAssertFalse(blocked.output.contains(GitFixture.leakedSecret), blocked.output)

        repo.write(["src/pay.js": "const DOLLR_CLIENT_SECRET = process.env.DOLLR_CLIENT_SECRET;\n"])
        try repo.git("add", "src/pay.js")
        let passed = try Self.run([preCommit, "run"], in: repo.directory, home: home)
        XCTAssertEqual(passed.status, 0, passed.output)
    }

    static func which(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static func run(_ arguments: [String], in directory: URL, home: String) throws -> (status: Int32, output: String) {
        try GitFixture.runCombined(arguments, in: directory, environment: ["PRE_COMMIT_HOME": home, "NO_COLOR": "1"])
    }
}

/// The scan step of the composite GitHub Action (action.yml), run with bash as the runner would run it.
final class GitHubActionTests: XCTestCase {
    func testActionScanStepWritesSarifAndReportsTheGateStatus() throws {
        let action = try String(contentsOf: TestSupport.packageRoot.appendingPathComponent("action.yml"), encoding: .utf8)
        let lines = action.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let id = lines.firstIndex(of: "      id: scan"), let run = lines[id...].firstIndex(of: "      run: |") else {
            return XCTFail("action.yml has no scan step with a run block")
        }
        let script = lines[(run + 1)...].prefix { $0.hasPrefix("        ") || $0.isEmpty }.map { String($0.dropFirst(8)) }
        // The action's own directory, as the runner lays it out, with the built binary where the build step puts it.
        let actionPath = TestSupport.temporaryDirectory()
        try FileManager.default.createDirectory(at: actionPath.appendingPathComponent(".build/release"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            at: actionPath.appendingPathComponent(".build/release/dollr-lint"),
            withDestinationURL: TestSupport.binary)
        let repo = try GitFixture()
        repo.write(["src/pay.js": GitFixture.leak()])
        try repo.commitAll("leak")
        let output = actionPath.appendingPathComponent("output")
        let summary = actionPath.appendingPathComponent("summary")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        _ = FileManager.default.createFile(atPath: summary.path, contents: nil)

        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/bash")
        p.arguments = ["-e", "-c", script.joined(separator: "\n")]
        p.currentDirectoryURL = repo.directory
        var env = ProcessInfo.processInfo.environment
        env.merge([
            "GITHUB_ACTION_PATH": actionPath.path, "GITHUB_OUTPUT": output.path, "GITHUB_STEP_SUMMARY": summary.path,
            "SCAN_PATH": ".", "DIFF_REF": "", "DIFF_LINES": "false", "FAIL_ON": "error", "BASELINE": "",
        ]) { $1 }
        p.environment = env
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let printed = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 0, "the step records the status instead of failing before the upload")
        XCTAssertTrue(printed.contains("::error file=src/pay.js"), printed)
        XCTAssertEqual(try String(contentsOf: output, encoding: .utf8), "status=1\n")
        let sarif = try String(contentsOf: repo.directory.appendingPathComponent("dollr-lint.sarif"), encoding: .utf8)
        XCTAssertTrue(sarif.contains("\"hardcoded-secret\""))
        XCTAssertFalse(sarif.contains(GitFixture.leakedSecret))
    }
}
