import Foundation
import XCTest
@testable import DollrLintCore

/// The progress line: when it shows, what it says, and that the engine feeds it from its parallel loop.
final class ProgressTests: XCTestCase {
    /// Collects values from the scanning threads.
    final class Collected<T>: @unchecked Sendable {
        private let lock = NSLock()
        private var storage: [T] = []
        func append(_ v: T) {
            lock.lock()
            storage.append(v)
            lock.unlock()
        }
        var values: [T] {
            lock.lock()
            defer { lock.unlock() }
            return storage
        }
    }

    func testShownOnlyToAPersonAtATerminal() {
        XCTAssertTrue(ProgressLine.shouldShow(stderrIsTerminal: true, quiet: false, environment: ["TERM": "xterm-256color"]))
        XCTAssertFalse(ProgressLine.shouldShow(stderrIsTerminal: false, quiet: false, environment: [:]), "piped or redirected")
        XCTAssertFalse(ProgressLine.shouldShow(stderrIsTerminal: true, quiet: true, environment: [:]), "--quiet")
        XCTAssertFalse(ProgressLine.shouldShow(stderrIsTerminal: true, quiet: false, environment: ["CI": "true"]), "CI")
        XCTAssertFalse(ProgressLine.shouldShow(stderrIsTerminal: true, quiet: false, environment: ["CI": ""]), "CI set, even empty")
        XCTAssertFalse(ProgressLine.shouldShow(stderrIsTerminal: true, quiet: false, environment: ["TERM": "dumb"]), "cannot redraw")
    }

    func testLineSaysFilesRateAndElapsedTime() {
        let p = ScanProgress(filesDone: 1234, filesTotal: 20000, bytesRead: 24_600_000, elapsedNanoseconds: 2_000_000_000)
        XCTAssertEqual(ProgressLine.text(p), "1,234/20,000 files  12.3 MB/s  2.0 s")
        let start = ScanProgress(filesDone: 0, filesTotal: 7, bytesRead: 0, elapsedNanoseconds: 0)
        XCTAssertEqual(ProgressLine.text(start), "0/7 files  0.0 MB/s  0.0 s")
        XCTAssertEqual(ProgressLine.grouped(999), "999")
        XCTAssertEqual(ProgressLine.grouped(1_000_000), "1,000,000")
    }

    func testNothingIsDrawnBeforeTheDelayThenEachUpdateRedrawsTheLine() {
        var p = ScanProgress(filesDone: 3, filesTotal: 9, bytesRead: 10, elapsedNanoseconds: ProgressLine.delayNanoseconds - 1)
        XCTAssertNil(ProgressLine.redraw(p), "a short scan does not flicker")
        p.elapsedNanoseconds = ProgressLine.delayNanoseconds
        XCTAssertEqual(ProgressLine.redraw(p), "\r\u{1B}[2K" + ProgressLine.text(p))
    }

    func testTrackerCallsAtMostOncePerInterval() {
        final class Clock: @unchecked Sendable {
            var now: UInt64 = 1_000
        }
        let clock = Clock()
        let calls = Collected<ScanProgress>()
        let tracker = ProgressTracker(filesTotal: 100, interval: 100, clock: { clock.now }, callback: { calls.append($0) })
        for _ in 0..<100 {
            clock.now += 10
            tracker.fileDone(bytes: 5)
        }
        XCTAssertEqual(calls.values.map { $0.filesDone }, Array(stride(from: 10, through: 100, by: 10)))
        XCTAssertEqual(calls.values.last, ScanProgress(filesDone: 100, filesTotal: 100, bytesRead: 500, elapsedNanoseconds: 1000))
    }

    func testEngineReportsEveryFileFromItsParallelLoop() throws {
        let dir = TestSupport.temporaryDirectory()
        var files: [String: String] = [:]
        for i in 0..<40 { files["src/f\(i).js"] = String(repeating: "x", count: i) + "\n" }
        TestSupport.write(files, to: dir)
        let calls = Collected<ScanProgress>()
        var request = ScanRequest(root: dir.path)
        request.jobs = 4
        request.progressIntervalNanoseconds = 0
        request.progress = { calls.append($0) }
        let report = try TestSupport.scanner().scan(request)
        XCTAssertEqual(report.summary.filesScanned, 40)
        XCTAssertEqual(calls.values.map { $0.filesDone }, Array(1...40), "one call per file, in order, one at a time")
        XCTAssertEqual(calls.values.last?.bytesRead, files.values.reduce(0) { $0 + $1.utf8.count })
        XCTAssertTrue(calls.values.allSatisfy { $0.filesTotal == 40 })
    }
}
