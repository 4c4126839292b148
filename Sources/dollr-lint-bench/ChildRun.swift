import Foundation
import DollrLintCore

/// One run of another program, measured as the kernel saw it: wall time, CPU time and peak resident memory of the
/// child alone (wait4's rusage), so the bench's own memory never counts.
struct ChildRun {
    var wallMS: Double
    var cpuMS: Double
    var peakRSSMB: Double
    var status: Int32
    var output: [UInt8]

    /// Runs `arguments[0]` with the rest as its arguments, standard output captured, standard error discarded.
    static func run(_ arguments: [String]) throws -> ChildRun {
        let outputPath = NSTemporaryDirectory() + "dollr-lint-bench-out-\(getpid())"
        defer { unlink(outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = DispatchTime.now()
        let spawned = posix_spawnp(&pid, arguments[0], &actions, nil, argv, environ)
        guard spawned == 0 else { throw ConfigError(file: arguments[0], "cannot start: \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let wall = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e6
        func ms(_ t: timeval) -> Double { Double(t.tv_sec) * 1000 + Double(t.tv_usec) / 1000 }
        let output = FileManager.default.contents(atPath: outputPath).map { [UInt8]($0) } ?? []
        return ChildRun(
            wallMS: wall, cpuMS: ms(usage.ru_utime) + ms(usage.ru_stime), peakRSSMB: Double(usage.ru_maxrss) / 1024,
            status: (status >> 8) & 0xFF, output: output)
    }

    /// The fastest of `times` runs (warm cache, least disturbed by other work on the machine).
    static func best(of times: Int, _ arguments: [String]) throws -> ChildRun {
        var best: ChildRun?
        for _ in 0..<times {
            let run = try run(arguments)
            if best == nil || run.wallMS < best!.wallMS { best = run }
        }
        return best!
    }

    /// Whether a program is on the PATH.
    static func isInstalled(_ program: String) -> Bool {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(program)") }
    }
}
