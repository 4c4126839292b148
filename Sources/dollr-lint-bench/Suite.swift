import Foundation
import DollrLintCore

/// `dollr-lint-bench suite [--mb 100] [--large-mb 200] [--keep DIR] [REPO ...]`: the figures of the speed issue.
/// Every scan is a child run of the release binary (process start, wall, CPU, peak RSS as the kernel counts them),
/// next to ripgrep searching the same tree for the rules' keywords. Real repositories are paths given here; nothing
/// is fetched.
enum Suite {
    struct Options {
        var megabytes = 100
        var largeMegabytes = 200
        var keep: String?
        var repositories: [String] = []
        var jobs = ProcessInfo.processInfo.activeProcessorCount
    }

    static func run(_ options: Options, binary: String, samples: [(path: String, data: Data)]) throws {
        let rules = try RuleCatalog.builtIn()
        let keywords = Array(Set(rules.flatMap { $0.description.keywords.map { $0.lowercased() } } + ["dollr-lint:"])).sorted()
        let rg = ChildRun.isInstalled("rg")
        print("machine: \(ProcessInfo.processInfo.activeProcessorCount) cores, load \(loadAverage()); --jobs \(options.jobs)")
        if !rg { print("ripgrep (rg) is not installed (Debian: apt-get install ripgrep): no ratio column") }
        let fm = FileManager.default
        let root = options.keep ?? (NSTemporaryDirectory() + "dollr-lint-suite-\(getpid())")
        try? fm.removeItem(atPath: root)
        defer { if options.keep == nil { try? fm.removeItem(atPath: root) } }

        var inputs: [(name: String, path: String)] = []
        for (label, megabytes) in [("synthetic monorepo", options.megabytes), ("synthetic monorepo", options.largeMegabytes)]
        where megabytes > 0 {
            let tree = root + "/synthetic-\(megabytes)mb"
            _ = try SyntheticMonorepo.build(at: tree, megabytes: megabytes, samples: samples)
            inputs.append(("\(label) \(megabytes) MB", tree))
        }
        for repository in options.repositories {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: repository, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw ConfigError(file: repository, "not a directory (repositories are paths; the bench fetches nothing)")
            }
            inputs.append(((repository as NSString).lastPathComponent, repository))
        }

        print("")
        print(row("input", "files", "MB", "wall s", "CPU s", "MB/s", "peak RSS", "findings", "rg s", "ratio"))
        for input in inputs {
            let walked = try walkedBytes(input.path)
            let scan = try ChildRun.best(
                of: runsPerInput, [binary, input.path, "--format", "json", "--fail-on", "never", "--jobs", "\(options.jobs)"])
            let summary = parseSummary(scan.output)
            let mb = Double(walked) / 1e6
            var rgCells = ("-", "-")
            if rg {
                let search = try ChildRun.best(of: runsPerInput, ripgrep(keywords, [input.path]))
                rgCells = (String(format: "%.2f", search.wallMS / 1000), String(format: "%.1fx", scan.wallMS / search.wallMS))
            }
            print(
                row(
                    input.name, "\(summary.files)", String(format: "%.1f", mb), String(format: "%.2f", scan.wallMS / 1000),
                    String(format: "%.2f", scan.cpuMS / 1000), String(format: "%.0f", mb / (scan.wallMS / 1000)),
                    String(format: "%.0f MB", scan.peakRSSMB), "\(summary.findings)", rgCells.0, rgCells.1))
        }

        try preCommit(binary: binary, keywords: rg ? keywords : nil, root: root, samples: samples)
        print("")
        try shapes(rules: rules)
    }

    /// Both tools get the best of the same number of runs: a 20 MB repository is scanned in under 0.1 s, where this
    /// machine's noise is a third of a run.
    static let runsPerInput = 5

    static func row(_ cells: String...) -> String {
        let widths = [30, 7, 7, 8, 8, 7, 9, 9, 7, 7]
        return zip(cells, widths).enumerated().map { index, cell in
            index == 0
                ? cell.0.padding(toLength: cell.1, withPad: " ", startingAt: 0)
                : String(repeating: " ", count: max(0, cell.1 - cell.0.count)) + cell.0
        }.joined(separator: " ")
    }

    static func loadAverage() -> String {
        var loads = [Double](repeating: 0, count: 3)
        return getloadavg(&loads, 3) == 3 ? String(format: "%.2f %.2f %.2f", loads[0], loads[1], loads[2]) : "unknown"
    }

    /// ripgrep over the same tree: the keywords as fixed strings, case-insensitively, skipping what dollr-lint skips.
    static func ripgrep(_ keywords: [String], _ paths: [String]) -> [String] {
        var arguments = ["rg", "--no-require-git", "--hidden", "--ignore-case", "--fixed-strings", "--count", "--no-messages"]
        for directory in FileWalker.defaultSkippedDirectories.sorted() { arguments += ["--glob", "!\(directory)"] }
        for keyword in keywords { arguments += ["-e", keyword] }
        return arguments + ["--"] + paths
    }

    /// Bytes of the files the walk hands to the engine (ignore files and skipped directories applied).
    static func walkedBytes(_ root: String) throws -> Int {
        let walker = FileWalker(root: root, options: WalkOptions())
        try walker.walk()
        var total = 0
        for file in walker.files {
            var st = stat()
            if stat(file.absolutePath, &st) == 0 { total += Int(st.st_size) }
        }
        return total
    }

    static func parseSummary(_ output: [UInt8]) -> (files: Int, findings: Int) {
        guard let object = try? JSONSerialization.jsonObject(with: Data(output)) as? [String: Any],
            let summary = object["summary"] as? [String: Any]
        else { return (0, 0) }
        return (summary["files_scanned"] as? Int ?? 0, summary["findings"] as? Int ?? 0)
    }

    /// A pre-commit hook's run: 20 staged files in a fresh repository, `--staged`, process start included.
    static func preCommit(binary: String, keywords: [String]?, root: String, samples: [(path: String, data: Data)]) throws {
        let repository = root + "/staged-repo"
        let fm = FileManager.default
        try fm.createDirectory(atPath: repository, withIntermediateDirectories: true)
        _ = try ChildRun.run(["git", "init", "-q", repository])
        let code = samples.filter { ["ts", "js", "py", "php", "go"].contains(($0.path as NSString).pathExtension) }
        var paths: [String] = []
        for n in 0..<20 {
            let sample = code[(n * 7) % code.count]
            let rel = "src/f\(n)-" + (sample.path as NSString).lastPathComponent
            try fm.createDirectory(atPath: repository + "/src", withIntermediateDirectories: true)
            _ = fm.createFile(atPath: repository + "/" + rel, contents: sample.data)
            paths.append(rel)
        }
        _ = try ChildRun.run(["git", "-C", repository, "add", "--"] + paths)
        let bytes = paths.reduce(0) { $0 + ((try? fm.attributesOfItem(atPath: repository + "/" + $1)[.size] as? Int) ?? 0) }
        let run = try ChildRun.best(of: 20, [binary, repository, "--staged", "--quiet", "--fail-on", "never"])
        var line = String(
            format: "pre-commit: 20 staged files (%.0f KB), --staged, process start included: %.1f ms, peak RSS %.0f MB",
            Double(bytes) / 1000, run.wallMS, run.peakRSSMB)
        if let keywords {
            let search = try ChildRun.best(of: 20, ripgrep(keywords, paths.map { repository + "/" + $0 }))
            line += String(format: "; rg %.1f ms", search.wallMS)
        }
        print("")
        print(line)
    }

    /// Each pathological shape at 1, 2, 4 and 8 MB, in process, against ordinary source of the same size: the
    /// ratio is the shape's time per byte over ordinary source's (linear work keeps it flat and small).
    static func shapes(rules: [Rule]) throws {
        let engine = ScanEngine(rules: rules, knowledge: try DollrKnowledge.shared())
        let sizes = [1, 2, 4, 8]
        func milliseconds(_ file: InMemoryFile) -> (ms: Double, skipped: Bool) {
            let start = DispatchTime.now()
            let report = engine.scan(files: [file])
            return (Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e6, report.summary.skipped.tooComplex > 0)
        }
        let ordinaryUnit = SyntheticMonorepo.sourceKinds[0].unit + "logger.info(\"token refreshed\", { secret: false });\n"
        let ordinary = sizes.map { megabytes in
            let repeats = megabytes * 1_000_000 / ordinaryUnit.utf8.count
            return milliseconds(InMemoryFile(path: "src/orders.ts", contents: String(repeating: ordinaryUnit, count: repeats))).ms
        }
        print("shapes: ms at 1/2/4/8 MB (* = skipped as too complex) and the worst ratio per byte to ordinary source")
        let label = "ordinary TypeScript".padding(toLength: 34, withPad: " ", startingAt: 0)
        print(label + ordinary.map { String(format: "%8.0f  ", $0) }.joined())
        var worst = 0.0
        for shape in PathologicalShapes.all {
            var line = shape.name.padding(toLength: 34, withPad: " ", startingAt: 0)
            var ratio = 0.0
            for (k, megabytes) in sizes.enumerated() {
                let text = shape.make(megabytes * 1_000_000 / PathologicalShapes.baseBytes)
                let timed = milliseconds(InMemoryFile(path: shape.path, contents: text))
                let perByte = timed.ms / Double(text.utf8.count)
                ratio = max(ratio, perByte / (ordinary[k] / Double(megabytes * 1_000_000)))
                line += String(format: "%8.0f%@ ", timed.ms, timed.skipped ? "*" : " ")
            }
            worst = max(worst, ratio)
            print(line + String(format: "%6.2fx", ratio))
        }
        print(String(format: "worst shape: %.2fx ordinary source per byte", worst))
    }
}
