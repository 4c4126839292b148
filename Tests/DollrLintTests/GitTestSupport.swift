import Foundation
import XCTest

/// Temporary git repositories for the gate, baseline and history tests. Setup commands run git with the
/// repository's own commands switched off, so a marker file can only come from dollr-lint.
struct GitFixture {
    let directory: URL

    static let leakedSecret = "Pv3Jx7Rk1Wm5Qz9Lc2BnQ4Ht"
    static let otherSecret = "Zq1Wx2Ec3Rv4Tb5Yn6Um7IkA"
    static func leak(_ secret: String = leakedSecret) -> String { "const DOLLR_CLIENT_SECRET = \"\(secret)\";\n" }

    init() throws {
        directory = TestSupport.temporaryDirectory()
        try git("init", "-q", "-b", "main")
        try git("config", "user.email", "dev@example.com")
        try git("config", "user.name", "Dev")
        try git("config", "commit.gpgsign", "false")
    }

    func write(_ files: [String: String]) { TestSupport.write(files, to: directory) }

    func remove(_ path: String) throws { try FileManager.default.removeItem(at: directory.appendingPathComponent(path)) }

    /// Runs git for the test's own setup, with hooks and configured commands off.
    @discardableResult
    func git(_ arguments: String..., hooks: Bool = false, environment: [String: String] = [:]) throws -> (status: Int32, output: String) {
        let safety = hooks ? [] : ["-c", "core.hooksPath=/dev/null"]
        let command = ["/usr/bin/env", "git", "-c", "core.fsmonitor=false", "-c", "filter.evil.clean=", "-c", "filter.evil.smudge="]
        let (status, text) = try Self.runCombined(command + safety + arguments, in: directory, environment: environment)
        if !hooks && status != 0 { XCTFail("git \(arguments.joined(separator: " ")) failed: \(text)") }
        return (status, text)
    }

    /// Runs a command with standard output and error in one pipe, without the caller's GIT_* variables.
    static func runCombined(_ command: [String], in directory: URL, environment: [String: String]) throws -> (status: Int32, output: String)
    {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: command[0])
        p.arguments = Array(command.dropFirst())
        p.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("GIT_") }
        env.merge(environment) { $1 }
        p.environment = env
        let out = Pipe()
        p.standardOutput = out
        p.standardError = out
        p.standardInput = FileHandle.nullDevice
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    func commitAll(_ message: String) throws {
        try git("add", "-A")
        try git("commit", "-q", "-m", message)
    }

    func lint(_ arguments: [String]) throws -> TestSupport.Run { try TestSupport.run(arguments, cwd: directory) }
}
