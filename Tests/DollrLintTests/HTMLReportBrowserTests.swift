import Foundation
import XCTest
@testable import DollrLintCore

/// The HTML report in a real browser: headless Chromium loads it with no console message (no script error, no
/// Content-Security-Policy violation, nothing injected from the scanned files), its filters initialise and filter,
/// and a screenshot shows the findings. Skips where Chromium is absent, except in CI, where `.ci/run` installs it.
final class HTMLReportBrowserTests: XCTestCase {
    static func chromium() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            for name in ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"] {
                let candidate = "\(dir)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }

    func requireChromium() throws -> String {
        if let c = Self.chromium() { return c }
        let message = "Chromium is not installed (Debian package chromium); .ci/run installs it in CI"
        if ProcessInfo.processInfo.environment["CI"] != nil { XCTFail(message) }
        throw XCTSkip(message)
    }

    /// Runs Chromium headless under `timeout`, so a stuck browser can never hang the suite; returns stdout and stderr.
    func browse(_ chromium: String, _ arguments: [String], profile: URL) throws -> (stdout: String, stderr: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments =
            [
                "timeout", "-k", "5", "90", chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-extensions", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=\(profile.path)", "--enable-logging=stderr", "--v=0",
            ] + arguments
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let outDrain = PipeDrain(out)
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        let outData = outDrain.wait()
        p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 0, "chromium: \(String(decoding: errData, as: UTF8.self).suffix(2000))")
        return (String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }

    /// A project with errors and a warning in two categories, and markup in the lines around a finding that would run
    /// script or load an image if the report did not escape it.
    static let project = [
        "src/dollr.js": "// <img src=x onerror=\"console.error('injected')\"><script>console.error('injected')</script>\n"
            + "const DOLLR_CLIENT_SECRET = \"Pv3Jx7Rk1Wm5Qz9Lc2BnT8yH4d\";\n",
        "src/a.ts": "await fetch(`${BASE}/v1/execution/collection`, { method: 'POST' }); // dollr\n",
    ]

    func testReportLoadsFiltersAndShowsTheFindings() throws {
        let chromium = try requireChromium()
        let dir = TestSupport.temporaryDirectory()
        TestSupport.write(Self.project, to: dir)
        let out = TestSupport.temporaryDirectory()
        let report = out.appendingPathComponent("report.html")
        let run = try TestSupport.run([dir.path, "--format", "html", "--output", report.path])
        XCTAssertEqual(run.status, 1, run.stderr)
        let html = try String(contentsOf: report, encoding: .utf8)
        let bothSeverities = html.contains("data-severity=\"warning\"") && html.contains("data-severity=\"error\"")
        XCTAssertTrue(bothSeverities, "both severities are in the test")

        // Only warnings selected through the address: the errors are hidden by the page's own script.
        let warningsOnly = report.absoluteString + "#severity=warning"
        let page = try browse(chromium, ["--dump-dom", warningsOnly], profile: out.appendingPathComponent("p1"))
        let console = page.stderr.split(separator: "\n").filter { $0.contains(":CONSOLE") }
        XCTAssertEqual(console, [], "console messages while loading the report")
        XCTAssertTrue(page.stdout.contains("data-filters-ready=\"true\""), "the filters did not initialise")
        let articles = page.stdout.components(separatedBy: "<article ").dropFirst().map { $0.prefix(while: { $0 != ">" }) }
        XCTAssertEqual(articles.count, 2)
        for a in articles { XCTAssertEqual(a.contains("hidden"), !a.contains("data-severity=\"warning\""), String(a)) }
        XCTAssertTrue(page.stdout.contains("<span id=\"shown-count\">1</span>"))
        XCTAssertFalse(page.stdout.contains("<img"), "markup from a scanned file became an element")
        XCTAssertFalse(page.stdout.contains("Pv3Jx7Rk1Wm5Qz9Lc2BnT8yH4d"), "a secret in clear")

        // A screenshot of the whole report is far from blank next to one of an empty page of the same size.
        let shot = out.appendingPathComponent("report.png"), blankShot = out.appendingPathComponent("blank.png")
        let blank = out.appendingPathComponent("blank.html")
        try "<!DOCTYPE html><html><body></body></html>".write(to: blank, atomically: true, encoding: .utf8)
        _ = try browse(
            chromium, ["--screenshot=\(shot.path)", "--window-size=1280,1400", report.absoluteString],
            profile: out.appendingPathComponent("p2"))
        _ = try browse(
            chromium, ["--screenshot=\(blankShot.path)", "--window-size=1280,1400", blank.absoluteString],
            profile: out.appendingPathComponent("p3"))
        let png = try Data(contentsOf: shot), blankPNG = try Data(contentsOf: blankShot)
        XCTAssertEqual(Array(png.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "a PNG")
        let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }
        XCTAssertEqual(width, 1280)
        XCTAssertGreaterThan(png.count, 4 * blankPNG.count, "the screenshot looks empty (\(png.count) bytes, blank \(blankPNG.count))")
    }
}
