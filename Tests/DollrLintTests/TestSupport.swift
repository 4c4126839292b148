import Foundation
import XCTest
@testable import DollrLintCore

enum TestSupport {
    static let knowledge: DollrKnowledge = try! DollrKnowledge.shared()
    static let allRules: [Rule] = try! RuleCatalog.builtIn()

    static func scanner(only ids: [String]? = nil) -> ScanEngine {
        let rules = ids.map { set in allRules.filter { set.contains($0.id.rawValue) } } ?? allRules
        return ScanEngine(rules: rules, knowledge: knowledge)
    }

    /// Scans in-memory files; returns the findings.
    static func findings(_ files: [String: String], rules ids: [String]? = nil) -> [Finding] {
        scanner(only: ids).scan(files: files.map { InMemoryFile(path: $0.key, contents: $0.value) }, wholeProject: true).findings
    }

    /// The package root (two levels above this file's Tests/DollrLintTests).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The built `dollr-lint` executable next to the test bundle.
    static var binary: URL {
        let bundle = Bundle(for: BundleLocator.self).bundleURL
        let candidates = [
            bundle.appendingPathComponent("dollr-lint"), bundle.deletingLastPathComponent().appendingPathComponent("dollr-lint"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[1]
    }

    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// Runs the binary; pipes are drained before waiting so large outputs cannot deadlock.
    static func run(_ args: [String], cwd: URL? = nil, stdin: Data? = nil) throws -> Run {
        let p = Process()
        p.executableURL = binary
        p.arguments = args
        if let cwd = cwd { p.currentDirectoryURL = cwd }
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        p.environment = env
        let out = Pipe(), err = Pipe(), inp = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = inp
        try p.run()
        if let d = stdin { inp.fileHandleForWriting.write(d) }
        try? inp.fileHandleForWriting.close()
        // Both pipes drained at once: a child that fills one while we wait on the other would never exit.
        let outData = PipeDrain(out), errData = PipeDrain(err)
        p.waitUntilExit()
        return Run(
            status: p.terminationStatus, stdout: String(decoding: outData.wait(), as: UTF8.self),
            stderr: String(decoding: errData.wait(), as: UTF8.self))
    }

    static func temporaryDirectory() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("dollr-lint-tests-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func write(_ files: [String: String], to dir: URL) {
        for (path, contents) in files {
            let url = dir.appendingPathComponent(path)
            try! FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try! contents.write(to: url, atomically: true, encoding: .utf8)
        }
    }
}

final class BundleLocator {}

/// Reads a pipe to its end on a background thread.
final class PipeDrain: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ pipe: Pipe) {
        let handle = pipe.fileHandleForReading
        DispatchQueue.global().async {
            self.data = handle.readDataToEndOfFile()
            self.done.signal()
        }
    }

    /// Everything the pipe delivered; the semaphore orders the background write before this read.
    func wait() -> Data {
        done.wait()
        return data
    }
}
