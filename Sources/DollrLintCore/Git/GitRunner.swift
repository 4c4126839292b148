import Foundation
import Dispatch

/// Runs git as a data source and nothing else: the scanned repository's configuration must not make git run a
/// command (fsmonitor, hooks, external diff, textconv, pager), whatever the repository or the environment says.
public struct GitRunner: Sendable {
    /// Options before the subcommand that switch off every configured command git would otherwise run.
    static let hardeningOptions = [
        "-c", "core.fsmonitor=false", "-c", "core.hooksPath=/dev/null", "-c", "diff.external=",
        "-c", "core.pager=cat", "-c", "core.askPass=", "-c", "credential.helper=", "-c", "protocol.allow=never",
        "-c", "core.quotePath=false",
        "--no-pager",
    ]
    /// Subcommands that can produce patches, where an external diff or a textconv filter could run.
    static let patchSubcommands: Set<String> = ["diff", "log", "show", "diff-tree"]
    /// The location variables a hook or a worktree needs; every other GIT_* variable (GIT_EXTERNAL_DIFF,
    /// GIT_PAGER, GIT_CONFIG_*, GIT_EXEC_PATH, GIT_SSH, ...) could redirect git to run something.
    static let keptGitVariables: Set<String> = [
        "GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY", "GIT_ALTERNATE_OBJECT_DIRECTORIES",
        "GIT_COMMON_DIR", "GIT_CEILING_DIRECTORIES", "GIT_DISCOVERY_ACROSS_FILESYSTEM",
    ]
    static let stderrLimit = 64 * 1024

    /// The directory git runs in.
    public let directory: String

    public init(directory: String) { self.directory = directory }

    /// The full argument list after `/usr/bin/env`: hardening first, then the subcommand with its safety flags.
    func commandLine(_ arguments: [String]) -> [String] {
        guard let subcommand = arguments.first else { return ["git"] + Self.hardeningOptions }
        var rest = Array(arguments.dropFirst())
        if Self.patchSubcommands.contains(subcommand) { rest.insert(contentsOf: ["--no-ext-diff", "--no-textconv"], at: 0) }
        return ["git"] + Self.hardeningOptions + [subcommand] + rest
    }

    static func environment(from inherited: [String: String]) -> [String: String] {
        var env = inherited.filter { !$0.key.hasPrefix("GIT_") || keptGitVariables.contains($0.key) }
        // No prompt, no optional lock files written into the scanned repository, no locale-dependent messages.
        env["GIT_TERMINAL_PROMPT"] = "0"
        env["GIT_OPTIONAL_LOCKS"] = "0"
        env["LC_ALL"] = "C"
        return env
    }

    /// Runs git and returns its whole standard output (for small answers: names, ids, one blob batch).
    public func run(_ arguments: [String], input: [UInt8]? = nil) throws -> [UInt8] {
        var output: [UInt8] = []
        try stream(arguments, input: input) { output.append(contentsOf: $0) }
        return output
    }

    /// Runs git and hands its standard output to `consume` chunk by chunk, so a long log never sits in memory.
    /// Standard error is drained on another thread and `input` written on a third, so no pipe can fill and
    /// deadlock; without `input` git reads from /dev/null.
    public func stream(_ arguments: [String], input: [UInt8]? = nil, consume: ([UInt8]) throws -> Void) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = commandLine(arguments)
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.environment = Self.environment(from: ProcessInfo.processInfo.environment)
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let inputPipe = input.map { _ in Pipe() }
        process.standardInput = inputPipe ?? FileHandle.nullDevice
        do { try process.run() } catch { throw ConfigError(file: directory, "cannot run git: \(error.localizedDescription)") }

        let background = DispatchGroup()
        let collected = StderrBuffer()
        DispatchQueue.global().async(group: background) {
            while case let chunk = err.fileHandleForReading.availableData, !chunk.isEmpty { collected.append(chunk) }
        }
        if let pipe = inputPipe, let bytes = input {
            DispatchQueue.global().async(group: background) {
                // git may stop reading early (an error); a closed pipe must not kill us with SIGPIPE.
                signal(SIGPIPE, SIG_IGN)
                try? pipe.fileHandleForWriting.write(contentsOf: Data(bytes))
                try? pipe.fileHandleForWriting.close()
            }
        }
        var consumerError: Error? = nil
        while case let chunk = out.fileHandleForReading.availableData, !chunk.isEmpty {
            do { try consume([UInt8](chunk)) } catch {
                consumerError = error
                process.terminate()
                break
            }
        }
        try? out.fileHandleForReading.close()
        background.wait()
        process.waitUntilExit()
        if let e = consumerError { throw e }
        guard process.terminationStatus == 0 else {
            throw GitFailure(subcommand: arguments.first ?? "", status: process.terminationStatus, message: collected.firstLine)
        }
    }
}

/// git exited with an error; `message` is the first line it printed.
public struct GitFailure: Error, CustomStringConvertible {
    public let subcommand: String
    public let status: Int32
    public let message: String
    public var description: String { "git \(subcommand): \(message)" }
}

/// Standard error of one git run, capped: it is only read for its first line.
private final class StderrBuffer: @unchecked Sendable {
    private var bytes: [UInt8] = []
    private let lock = NSLock()

    func append(_ chunk: Data) {
        lock.lock()
        defer { lock.unlock() }
        if bytes.count < GitRunner.stderrLimit { bytes.append(contentsOf: chunk.prefix(GitRunner.stderrLimit - bytes.count)) }
    }

    var firstLine: String {
        lock.lock()
        defer { lock.unlock() }
        let text = String(decoding: bytes, as: UTF8.self)
        let line = text.split(separator: "\n").first.map(String.init) ?? "exited with an error"
        return line.hasPrefix("fatal: ") ? String(line.dropFirst(7)) : line
    }
}
