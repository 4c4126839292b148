import Foundation
import Dispatch
import Synchronization

/// Runs git as a data source and nothing else: the scanned repository's configuration must not make git run a
/// command (fsmonitor, hooks, external diff, textconv, pager), whatever the repository or the environment says.
public struct GitRunner: Sendable {
    /// Options before the subcommand that switch off every configured command git would otherwise run, and keep
    /// its output in the form parsed here (paths unquoted, and from the top level wherever git runs).
    static let hardeningOptions = [
        "-c", "core.fsmonitor=false", "-c", "core.hooksPath=/dev/null", "-c", "diff.external=",
        "-c", "core.pager=cat", "-c", "core.askPass=", "-c", "credential.helper=", "-c", "protocol.allow=never",
        "-c", "core.quotePath=false", "-c", "diff.relative=false",
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

    /// The git command line, hardening first, then the subcommand with its safety flags (`launcher` starts it).
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

    /// git found on PATH once, as `env` would find it, and started directly: a pre-commit run asks git four things,
    /// and an `env` process per question (with a failed exec per PATH entry before git's) cost a few milliseconds.
    /// Without git on PATH, `env` runs and says so.
    static let launcher: [String] = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":", omittingEmptySubsequences: true) {
            let candidate = String(directory) + "/git"
            var st = stat()
            if stat(candidate, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, access(candidate, X_OK) == 0 { return [candidate] }
        }
        return ["/usr/bin/env", "git"]
    }()

    /// Runs git and hands its standard output to `consume` chunk by chunk, so a long log never sits in memory.
    /// Standard error is drained on another thread and `input` written on a third, so no pipe can fill and
    /// deadlock; without `input` git reads from /dev/null. git is started with posix_spawn and reaped with waitpid:
    /// Foundation's `Process` notices an exit only on a 50 ms run-loop tick, which a pre-commit run pays per git call.
    public func stream(_ arguments: [String], input: [UInt8]? = nil, consume: ([UInt8]) throws -> Void) throws {
        try start(arguments, takesInput: input != nil).finish(input: input, consume: consume)
    }

    /// Starts git now and leaves its input for later (`RunningGit.finish`): a pre-commit run starts `cat-file --batch`
    /// beside the diff that names the blobs it will be asked for, so that process's start is off the critical path.
    public func start(_ arguments: [String], takesInput: Bool) throws -> RunningGit {
        try GitRunner.spawning.withLock { _ in try startLocked(arguments, takesInput: takesInput) }
    }

    /// Held while pipes are made and git is spawned: git processes start from several threads, and one spawned between
    /// another's `pipe` and its close-on-exec flag would inherit that pipe's end and hold it open, so its reader would
    /// never see end-of-file (pipe2 is not in Swift's Glibc module).
    private static let spawning = Mutex(())

    private func startLocked(_ arguments: [String], takesInput: Bool) throws -> RunningGit {
        let out = try PipePair(), err = try PipePair()
        let inputPipe = try takesInput ? PipePair() : nil
        // `-C directory` instead of a chdir: the spawn needs no working-directory file action.
        let argv = GitRunner.launcher + ["-C", directory] + Array(commandLine(arguments).dropFirst())
        let envp = Self.environment(from: ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
        do {
            let pid = try spawn(argv: argv, environment: envp, stdin: inputPipe?.readEnd, stdout: out.writeEnd, stderr: err.writeEnd)
            out.closeWriteEnd()
            err.closeWriteEnd()
            inputPipe?.closeReadEnd()
            return RunningGit(subcommand: arguments.first ?? "", pid: pid, out: out, err: err, input: inputPipe)
        } catch {
            for pipe in [out, err, inputPipe].compactMap({ $0 }) { pipe.closeBoth() }
            throw error
        }
    }

    private func spawn(argv: [String], environment: [String], stdin: Int32?, stdout: Int32, stderr: Int32) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if let stdin {
            posix_spawn_file_actions_adddup2(&actions, stdin, 0)
        } else {
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        }
        posix_spawn_file_actions_adddup2(&actions, stdout, 1)
        posix_spawn_file_actions_adddup2(&actions, stderr, 2)
        let cArgv = argv.map { strdup($0) } + [nil]
        let cEnv = environment.map { strdup($0) } + [nil]
        defer {
            for p in cArgv { free(p) }
            for p in cEnv { free(p) }
        }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, argv[0], &actions, nil, cArgv, cEnv)
        guard result == 0 else {
            throw ConfigError(file: directory, "cannot run git: \(String(cString: strerror(result)))")
        }
        return pid
    }
}

/// A git process started by `GitRunner.start`: `finish` gives it its input, reads its output and reaps it; one not
/// finished (its caller failed first) is ended and reaped when released, so no process or descriptor outlives it.
public final class RunningGit: @unchecked Sendable {
    private let subcommand: String
    private let pid: pid_t
    private let out: PipePair
    private let err: PipePair
    private let input: PipePair?
    private var reaped = false

    fileprivate init(subcommand: String, pid: pid_t, out: PipePair, err: PipePair, input: PipePair?) {
        self.subcommand = subcommand
        self.pid = pid
        self.out = out
        self.err = err
        self.input = input
    }

    /// Writes `input` (closing git's standard input), hands standard output to `consume` chunk by chunk, and
    /// throws git's first line of complaint if it fails.
    public func finish(input bytes: [UInt8]?, consume: ([UInt8]) throws -> Void) throws {
        defer {
            out.closeBoth()
            err.closeBoth()
            input?.closeBoth()
        }
        let background = DispatchGroup()
        let collected = StderrBuffer()
        let errRead = err.readEnd
        DispatchQueue.global().async(group: background) {
            var buffer = [UInt8](repeating: 0, count: 16 * 1024)
            while case let n = read(errRead, &buffer, buffer.count), n > 0 { collected.append(buffer[0..<n]) }
        }
        if let pipe = input {
            let writeEnd = pipe.writeEnd
            pipe.forgetWriteEnd()
            let request = bytes ?? []
            // git may stop reading early (an error); a closed pipe must not kill us with SIGPIPE.
            signal(SIGPIPE, SIG_IGN)
            // What fits in one page of pipe is written at once (a pre-commit run's twenty blob names); more is written
            // on a thread of its own while the output is read here, so neither pipe can fill and block the other.
            if request.count <= Int(PIPE_BUF) {
                RunningGit.write(request, to: writeEnd)
            } else {
                background.enter()
                Thread {
                    RunningGit.write(request, to: writeEnd)
                    background.leave()
                }.start()
            }
        }
        var consumerError: Error? = nil
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while case let n = read(out.readEnd, &buffer, buffer.count), n > 0 {
            do { try consume(Array(buffer[0..<n])) } catch {
                consumerError = error
                kill(pid, SIGTERM)
                break
            }
        }
        out.closeReadEnd()
        background.wait()
        let status = reap()
        if let e = consumerError { throw e }
        // Exited normally with code 0: the low 7 bits are the terminating signal, the next 8 the exit code.
        let exitCode = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        guard exitCode == 0 else {
            throw GitFailure(subcommand: subcommand, status: exitCode, message: collected.firstLine)
        }
    }

    private static func write(_ bytes: [UInt8], to fd: Int32) {
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            offset += n
        }
        close(fd)
    }

    private func reap() -> Int32 {
        var status: Int32 = 0
        if !reaped {
            while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
            reaped = true
        }
        return status
    }

    deinit {
        guard !reaped else { return }
        input?.closeBoth()
        out.closeBoth()
        err.closeBoth()
        kill(pid, SIGTERM)
        _ = reap()
    }
}

/// Both ends of a pipe, each closed at most once (every descriptor opened close-on-exec, so other spawns do not
/// inherit it).
fileprivate final class PipePair {
    private(set) var readEnd: Int32
    private(set) var writeEnd: Int32

    init() throws {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { throw ConfigError(file: "git", "cannot create a pipe") }
        readEnd = fds[0]
        writeEnd = fds[1]
        _ = fcntl(readEnd, F_SETFD, FD_CLOEXEC)
        _ = fcntl(writeEnd, F_SETFD, FD_CLOEXEC)
    }

    func closeReadEnd() {
        if readEnd >= 0 { close(readEnd) }
        readEnd = -1
    }

    func closeWriteEnd() {
        if writeEnd >= 0 { close(writeEnd) }
        writeEnd = -1
    }

    /// The write end now belongs to the thread that writes and closes it.
    func forgetWriteEnd() { writeEnd = -1 }

    func closeBoth() {
        closeReadEnd()
        closeWriteEnd()
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

    func append(_ chunk: ArraySlice<UInt8>) {
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
