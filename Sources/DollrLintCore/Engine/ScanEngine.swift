import Foundation
import Dispatch
import Synchronization

public struct ScanRequest: Sendable {
    /// The scan root as given (reported as is).
    public var root: String
    /// Paths under the root to scan instead of the whole root (explicit arguments, --staged, --diff).
    public var paths: [String]?
    public var walk = WalkOptions()
    public var maxFileSize = 10_000_000
    public var jobs = AvailableProcessors.count
    /// Called from the scanning threads as files are done, one call at a time, at most once per interval.
    public var progress: (@Sendable (ScanProgress) -> Void)?
    public var progressIntervalNanoseconds: UInt64 = 100_000_000
    /// Report paths from the current directory when the root is under it (the command line), instead of from the
    /// root (library callers that resolve paths against the root themselves).
    public var reportPathsFromCurrentDirectory = false
    public init(root: String) { self.root = root }

    /// The prefix of reported paths for files under `directory`, as this request asks.
    func reportPrefix(forDirectory directory: String) -> String {
        reportPathsFromCurrentDirectory ? Self.reportPrefix(forDirectory: directory) : ""
    }

    /// Keeps a file the tool writes (a baseline) out of the walk when it lies under the root.
    public mutating func excludeOwnFile(_ file: String) {
        let directory = (file as NSString).deletingLastPathComponent
        guard let fileDirectory = FileWalker.realPath(directory.isEmpty ? "." : directory), let rootReal = FileWalker.realPath(root),
            fileDirectory == rootReal || fileDirectory.hasPrefix(rootReal + "/")
        else { return }
        let inRoot = fileDirectory == rootReal ? "" : String(fileDirectory.dropFirst(rootReal.count + 1)) + "/"
        let relative = inRoot + (file as NSString).lastPathComponent
        walk.exclude.append(GlobPattern("/" + relative.map { "*?[\\".contains($0) ? "\\\($0)" : String($0) }.joined()))
    }

    /// What reported paths start with so they name files as seen from the current directory (as ESLint and
    /// semgrep do): `app/` for `dollr-lint app`; empty when the directory is not under the current one.
    public static func reportPrefix(forDirectory directory: String) -> String {
        guard let dir = FileWalker.realPath(directory), let cwd = FileWalker.realPath(".") else { return "" }
        if cwd == "/" { return dir == "/" ? "" : String(dir.dropFirst()) + "/" }
        return dir.hasPrefix(cwd + "/") ? String(dir.dropFirst(cwd.count + 1)) + "/" : ""
    }
}

/// Walk -> SourceFile -> Prefilter -> Lexer -> CodeModel -> Rules -> Findings, one file per slot in parallel;
/// findings are sorted once at the end, so output does not depend on `--jobs`.
public final class ScanEngine: Sendable {
    public let rules: [Rule]
    /// Rules that run after the project index is joined (indices into `rules`).
    private let projectRules: [Int]
    public let knowledge: DollrKnowledge
    /// The Filters stage's per-file part: overrides, de-duplication, suppressions.
    public let filter: FindingFilter
    private let prefilter: KeywordPrefilter
    /// For each rule, the prefilter keyword indices that enable it (empty: always runs).
    private let ruleKeywords: [[Int]]
    /// Secret rules turned off (`--only`, `--disable`, the config) still run where another finding is to be printed,
    /// so the masker knows the secrets they see; their findings are dropped.
    private let maskingOnlyRules: [Rule]
    private let maskingOnlyKeywords: [[Int]]
    /// For each rule, and each masking-only rule, the keywords that run it outside Dollr code (empty: never).
    private let ruleKeywordsOutsideDollrCode: [[Int]]
    private let maskingOnlyKeywordsOutsideDollrCode: [[Int]]
    /// `DollrReach.markers`: a file with one of them is Dollr code.
    private let markerKeywords: [Int]
    private let dollrKeyword: Int
    private let suppressionKeyword: Int

    /// `maskingRules` that are not among `rules` run only so the masker learns their secrets.
    public init(rules: [Rule], knowledge: DollrKnowledge, maskingRules: [Rule] = [], filter: FindingFilter = FindingFilter()) {
        self.rules = rules
        self.projectRules = rules.indices.filter { rules[$0].asProjectRule != nil }
        self.filter = filter
        self.knowledge = knowledge
        var keywords: [String] = []
        var index: [String: Int] = [:]
        func id(_ k: String) -> Int {
            let l = k.lowercased()
            if let i = index[l] { return i }
            keywords.append(l)
            index[l] = keywords.count - 1
            return keywords.count - 1
        }
        ruleKeywords = rules.map { $0.description.keywords.map(id) }
        ruleKeywordsOutsideDollrCode = rules.map { $0.description.keywordsOutsideDollrCode.map(id) }
        let active = Set(rules.map { $0.id })
        maskingOnlyRules = maskingRules.filter { !active.contains($0.id) }
        maskingOnlyKeywords = maskingOnlyRules.map { $0.description.keywords.map(id) }
        maskingOnlyKeywordsOutsideDollrCode = maskingOnlyRules.map { $0.description.keywordsOutsideDollrCode.map(id) }
        markerKeywords = DollrReach.markers.map(id)
        dollrKeyword = id("dollr")
        suppressionKeyword = id("dollr-lint:")
        prefilter = KeywordPrefilter(keywords: keywords)
    }

    /// The selected rules, with the selection's severities and `baseline` in the filter.
    public convenience init(selection: RuleSelection, knowledge: DollrKnowledge, baseline: Baseline? = nil) {
        self.init(
            rules: selection.enabled, knowledge: knowledge, maskingRules: selection.maskingOnly,
            filter: FindingFilter(severityOverrides: selection.severityOverrides, baseline: baseline))
    }

    /// The files a request names, walked; `scan` walks them itself unless given them. Apart from the engine so that the
    /// command line walks the tree while the rules load and the spec parses.
    /// Unchecked: the walker is filled on the thread that walks and only read after it hands the tree over.
    public struct WalkedTree: @unchecked Sendable {
        let walker: FileWalker
        let rootKind: FileKind
        let projectRoot: String
        let started: DispatchTime
        /// A walk still going on, on a thread of its own (`startWalking`): the scan takes its files as they come.
        let stream: WalkedFileStream?

        public static func walk(_ request: ScanRequest) throws -> WalkedTree { try walk(request, streaming: false) }

        /// The walk of a whole tree started on a thread of its own, the scan taking files as they are found; a file,
        /// named paths or a progress line (which needs the total first) get the whole walk before the scan instead.
        public static func startWalking(_ request: ScanRequest) throws -> WalkedTree { try walk(request, streaming: true) }

        private static func walk(_ request: ScanRequest, streaming: Bool) throws -> WalkedTree {
            let started = DispatchTime.now()
            var rootAbs = request.root
            if !rootAbs.hasPrefix("/") { rootAbs = FileManager.default.currentDirectoryPath + "/" + rootAbs }
            var st = stat()
            guard stat(rootAbs, &st) == 0 else { throw ConfigError(file: request.root, "no such file or directory") }
            let rootKind = FileKind(mode: st.st_mode)
            guard rootKind == .regular || rootKind == .directory else {
                throw ConfigError(file: request.root, "is a \(rootKind.rawValue), not a regular file or directory")
            }
            if streaming && rootKind == .directory && request.paths == nil && request.progress == nil {
                let walker = FileWalker(root: rootAbs, options: request.walk)
                let stream = WalkedFileStream()
                walker.stream = stream
                // The whole tree from its root never throws (only named paths can be missing).
                let thread = Thread {
                    try? walker.walk(explicit: nil)
                    stream.finish()
                }
                thread.start()
                return WalkedTree(walker: walker, rootKind: rootKind, projectRoot: rootAbs, started: started, stream: stream)
            }
            let walker: FileWalker
            if rootKind == .regular {
                // A single file: its directory is the project, the file is the scan set.
                let dir = (rootAbs as NSString).deletingLastPathComponent
                walker = FileWalker(root: dir, options: request.walk)
                try walker.walk(explicit: [(rootAbs as NSString).lastPathComponent])
            } else {
                walker = FileWalker(root: rootAbs, options: request.walk)
                try walker.walk(explicit: request.paths)
            }
            let projectRoot = rootKind == .regular ? (rootAbs as NSString).deletingLastPathComponent : rootAbs
            return WalkedTree(walker: walker, rootKind: rootKind, projectRoot: projectRoot, started: started, stream: nil)
        }
    }

    public func scan(_ request: ScanRequest, walked: WalkedTree? = nil) throws -> ScanReport {
        let tree = try walked ?? WalkedTree.walk(request)
        let (walker, rootKind, projectRoot, started) = (tree.walker, tree.rootKind, tree.projectRoot, tree.started)
        let project = ProjectContext(rootPath: projectRoot)
        // A streamed walk's files are all known once its stream ends; the first pass does not wait for that.
        let stream = tree.stream
        let allFiles: @Sendable () -> [WalkedFile] = { stream?.all() ?? walker.files }
        let maxSize = request.maxFileSize
        let tracker = request.progress.map {
            ProgressTracker(filesTotal: walker.files.count, interval: request.progressIntervalNanoseconds, callback: $0)
        }
        // Only a scan of the whole project knows every file that could reach Dollr code; a partial one analyses all it has.
        let wholeProject = rootKind == .directory && request.paths == nil
        // Once some file is Dollr code there will be reach rounds: files outside it keep their trigrams from then on.
        let dollrCodeSeen = Atomic<Bool>(false)
        // The reach rounds' path tables are built beside the first pass from its first Dollr file on: thousands of
        // path splits that were in the serial part of a scan; a tree without Dollr code never builds them.
        let earlyPathTables = Mutex<BackgroundWork<ProjectIndex.PathTables>?>(nil)
        let firstPass: @Sendable (WalkedFile) -> FileResult = { f in
            let read = ScanEngine.read(f, maxSize: maxSize)
            defer { tracker?.fileDone(bytes: (try? read.get().count) ?? 0) }
            switch read {
            case .success(let bytes):
                var result = self.process(
                    InMemoryFile(path: f.path, bytes: bytes, isGitIgnored: f.isGitIgnored), project: project, onlyDollrCode: wholeProject,
                    keepingTrigrams: wholeProject && dollrCodeSeen.load(ordering: .relaxed))
                result.pending?.releaseSource(rereadingFrom: f, maxSize: maxSize)
                if wholeProject && !result.outsideDollrCode && !dollrCodeSeen.exchange(true, ordering: .relaxed) {
                    earlyPathTables.withLock { $0 = BackgroundWork { ProjectIndex.PathTables(paths: allFiles().map(\.path)) } }
                }
                return result
            case .failure(let reason):
                var r = FileResult()
                r.skipped = reason.counts
                if case .unreadable(let why) = reason {
                    r.warnings.append("\(f.path): \(why); skipped")
                    r.unreadable.append(f.path)
                }
                return r
            }
        }
        var slots = stream?.parallelMap(jobs: request.jobs, firstPass) ?? walker.files.parallelMap(jobs: request.jobs, firstPass)
        let files = allFiles()
        let paths = files.map(\.path)
        var lastIndex: BuiltIndex?
        if wholeProject {
            let pathTables = earlyPathTables.withLock { $0 }.flatMap { try? $0.value() }
            (slots, lastIndex) = reachDollrCode(
                slots, paths: paths, pathTables: pathTables, project: project, jobs: request.jobs,
                load: { i in
                    guard case .success(let bytes) = ScanEngine.read(files[i], maxSize: maxSize) else { return nil }
                    return InMemoryFile(path: files[i].path, bytes: bytes, isGitIgnored: files[i].isGitIgnored)
                },
                release: { i, result in result.pending?.releaseSource(rereadingFrom: files[i], maxSize: maxSize) })
        }
        var report = merge(
            runProjectPhase(slots, jobs: request.jobs, reusing: lastIndex), root: request.root,
            pathPrefix: request.reportPrefix(forDirectory: projectRoot))
        report.summary.skipped.add(walker.skipped)
        report.warnings = walker.warnings + report.warnings
        report.summary.durationMS = Int((DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1_000_000)
        return report
    }

    /// Scans files held in memory (the rule example tests, stdin, the git index). Manifests among them serve as
    /// project context, before those under `projectRoot` on disk; `pathPrefix` starts every reported path.
    /// `wholeProject`: the files are all the project has, so those that cannot reach Dollr code are only prefiltered.
    public func scan(
        files: [InMemoryFile], root: String = ".", jobs: Int = 1, projectRoot: String? = nil,
        pathPrefix: String = "", wholeProject: Bool = false
    ) -> ScanReport {
        let started = DispatchTime.now()
        var virtual: [String: [UInt8]] = [:]
        for f in files { virtual[f.path] = f.bytes }
        let project = ProjectContext(rootPath: projectRoot, virtualFiles: virtual)
        var slots = files.parallelMap(jobs: jobs) { f -> FileResult in
            if ScanEngine.isBinary(f.bytes) {
                var r = FileResult()
                r.skipped.binary = 1
                return r
            }
            return self.process(f, project: project, onlyDollrCode: wholeProject)
        }
        var lastIndex: BuiltIndex?
        if wholeProject {
            (slots, lastIndex) = reachDollrCode(
                slots, paths: files.map(\.path), project: project, jobs: jobs,
                load: { i in files[i] },
                release: nil)
        }
        var report = merge(runProjectPhase(slots, jobs: jobs, reusing: lastIndex), root: root, pathPrefix: pathPrefix)
        report.summary.durationMS = Int((DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1_000_000)
        return report
    }

    /// A project index and the slots (in order) whose flow facts it holds.
    typealias BuiltIndex = (over: [Int], index: ProjectIndex)

    struct FileResult: Sendable {
        var findings: [Finding] = []
        var scanned = 0
        var skipped = SkipCounts()
        var suppressed = 0
        var warnings: [String] = []
        var unreadable: [String] = []
        /// A file whose project rules still have to run: its findings are finished after the project phase.
        var pending: PendingFile?
        /// Analysed only by the rules that look for Dollr's values outside Dollr code (`DollrReach`).
        var outsideDollrCode = false
        /// The file's path or bytes name Dollr.
        var namesDollr = false
        /// For a file outside Dollr code read after Dollr code was seen: its trigrams, so a reach round need not
        /// read it again to rule it out.
        var trigrams: TrigramFilter?
    }

    /// Grows the analysed files from the Dollr code outwards (`DollrReach`): each round looks again at the files left
    /// out (ruling most out by the trigrams kept from their first read, reading the rest) and analyses in full those
    /// that import, or name a function or helper of, the files analysed so far.
    /// The index follows calls two helpers deep, so three rounds reach every file it could use.
    /// Also returns the last index it built, with the slots it was built over: when no file joined after it, the
    /// project phase needs exactly that index and does not build it again.
    private func reachDollrCode(
        _ slots: [FileResult], paths: [String], pathTables: ProjectIndex.PathTables? = nil, project: ProjectContext, jobs: Int,
        load: @Sendable (Int) -> InMemoryFile?,
        release: (@Sendable (Int, inout FileResult) -> Void)?
    ) -> (slots: [FileResult], lastIndex: BuiltIndex?) {
        var slots = slots
        var lastIndex: BuiltIndex?
        var analysed = slots.indices.filter { slots[$0].scanned == 1 && !slots[$0].outsideDollrCode }
        var newest = analysed
        var offered = Set<String>()
        var pathTables = pathTables
        for _ in 0..<3 {
            let candidates = slots.indices.filter { slots[$0].outsideDollrCode }
            guard !newest.isEmpty, !candidates.isEmpty else { break }
            // Built at the first round: a tree without Dollr code never needs it.
            let tables = pathTables ?? ProjectIndex.PathTables(paths: paths, jobs: jobs)
            pathTables = tables
            let withFacts = analysed.filter { slots[$0].pending != nil }.sorted()
            let index = ProjectIndex(files: withFacts.map { slots[$0].pending!.flow })
            lastIndex = (withFacts, index)
            let namingDollr = newest.filter { slots[$0].namesDollr }
            let offer = DollrReach.offer(paths: namingDollr.map { paths[$0] }, index: index)
            let patterns = offer.patterns.subtracting(offered)
            offered.formUnion(patterns)
            // The modules that Dollr code, or code taking part in a Dollr flow, imports.
            let newestSet = Set(newest)
            let importers = withFacts.enumerated().filter { k, slot in
                newestSet.contains(slot) && (slots[slot].namesDollr || offer.filesInFlows.contains(k))
            }
            let imported = DollrReach.importedFiles(of: importers.map { index.files[$0.offset] }, tables: tables)
            guard !patterns.isEmpty || !imported.isEmpty else { break }
            let matcher = KeywordPrefilter(keywords: patterns.sorted(), reportingWhich: false)
            let patternTrigrams = TrigramFilter.Patterns(Set(patterns.map { offer.nameInside[$0] ?? $0 }))
            // Without new patterns only the imported files can join: the rest of the tree is not read again.
            let reading = patterns.isEmpty ? candidates.filter(imported.contains) : candidates
            let trigramsOf = reading.map { slots[$0].trigrams }
            let results = Array(reading.enumerated()).parallelMap(jobs: jobs) { k, i -> FileResult? in
                let path = paths[i].utf8
                let pathMatches = path.withContiguousStorageIfAvailable(matcher.containsAny) ?? matcher.containsAny(in: Array(path))
                let byPath = imported.contains(i) || pathMatches
                if !byPath, let trigrams = trigramsOf[k], !trigrams.mayContainAny(patternTrigrams) { return nil }
                guard let file = load(i) else { return nil }
                guard byPath || matcher.containsAny(in: file.bytes) else { return nil }
                var result = self.process(file, project: project, onlyDollrCode: false)
                release?(i, &result)
                return result
            }
            newest = []
            for (k, i) in reading.enumerated() {
                guard let result = results[k] else { continue }
                slots[i] = result
                newest.append(i)
            }
            analysed += newest
        }
        return (slots, lastIndex)
    }

    /// What outlives a file's turn for the project phase: its flow facts, never its tokens. A file read from disk
    /// drops its bytes too and is read again for the project rules, so memory stays bounded by the files in work,
    /// not by the tree; a digest tells whether it changed in between.
    /// Unchecked: the source (a class with a lazy cache) passes from the file's worker to exactly one project-phase
    /// worker after the first phase has joined, so no two threads ever touch it at once.
    struct PendingFile: @unchecked Sendable {
        private(set) var source: SourceFile?
        private var reread: (file: WalkedFile, maxSize: Int, digest: UInt64)?
        let flow: FileFlowFacts
        let suppressions: [Suppression]?
        let secretRanges: [Range<Int>]
        let projectRules: [Int]

        init(source: SourceFile, flow: FileFlowFacts, suppressions: [Suppression]?, secretRanges: [Range<Int>], projectRules: [Int]) {
            self.source = source
            self.flow = flow
            self.suppressions = suppressions
            self.secretRanges = secretRanges
            self.projectRules = projectRules
        }

        mutating func releaseSource(rereadingFrom file: WalkedFile, maxSize: Int) {
            guard let source else { return }
            reread = (file, maxSize, PendingFile.digest(source.bytes))
            self.source = nil
        }

        /// The file's source for the project phase: kept, or read again; nil when it changed since the first read.
        func loadSource() -> SourceFile? {
            if let source { return source }
            guard let reread, case .success(let bytes) = ScanEngine.read(reread.file, maxSize: reread.maxSize),
                PendingFile.digest(bytes) == reread.digest
            else { return nil }
            return SourceFile(path: reread.file.path, bytes: bytes, isGitIgnored: reread.file.isGitIgnored)
        }

        /// FNV-1a, 64 bits: enough to notice a file rewritten during the scan.
        static func digest(_ bytes: [UInt8]) -> UInt64 {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for b in bytes { hash = (hash ^ UInt64(b)) &* 0x100_0000_01b3 }
            return hash
        }
    }

    /// The project phase: joins every file's flow facts into one index, then runs the project rules per file with it.
    private func runProjectPhase(_ slots: [FileResult], jobs: Int, reusing built: BuiltIndex?) -> [FileResult] {
        let pendingSlots = slots.indices.filter { slots[$0].pending != nil }
        guard !pendingSlots.isEmpty else { return slots }
        let index =
            built.flatMap { $0.over == pendingSlots ? $0.index : nil } ?? ProjectIndex(files: pendingSlots.map { slots[$0].pending!.flow })
        let finished = Array(pendingSlots.enumerated()).parallelMap(jobs: jobs) { (k, slot) -> FileResult in
            var result = slots[slot]
            let pending = result.pending!
            result.pending = nil
            guard let source = pending.loadSource() else {
                var changed = FileResult()
                changed.skipped.unreadable = 1
                changed.warnings.append("\(pending.flow.path): changed while it was being scanned; skipped")
                changed.unreadable.append(pending.flow.path)
                return changed
            }
            let context = ProjectRuleContext(source: source, fileIndex: k, index: index)
            for r in pending.projectRules {
                guard let rule = self.rules[r].asProjectRule else { continue }
                context.begin(rule.description)
                rule.check(context)
            }
            result.findings = self.finish(
                result.findings + context.findings, source: source, secretRanges: pending.secretRanges,
                suppressions: pending.suppressions, suppressed: &result.suppressed)
            return result
        }
        var all = slots
        for (k, slot) in pendingSlots.enumerated() { all[slot] = finished[k] }
        return all
    }

    private func merge(_ slots: [FileResult], root: String, pathPrefix: String) -> ScanReport {
        var findings: [Finding] = []
        var summary = ScanSummary()
        var warnings: [String] = []
        var unreadable: [String] = []
        for s in slots {
            findings.append(contentsOf: s.findings)
            unreadable.append(contentsOf: s.unreadable.map { pathPrefix + $0 })
            summary.filesScanned += s.scanned
            summary.skipped.add(s.skipped)
            summary.suppressed += s.suppressed
            warnings.append(contentsOf: s.warnings)
        }
        if !pathPrefix.isEmpty { for i in findings.indices { findings[i].path = pathPrefix + findings[i].path } }
        findings.sort(by: Finding.sortedOrder)
        var report = ScanReport(root: root, findings: findings, summary: summary, warnings: warnings)
        report.unreadable = unreadable
        return report
    }

    /// Runs the rules that the prefilter lets through on one file. `onlyDollrCode`: a file that is not Dollr code
    /// (`DollrReach.markers`) runs only the rules that look for Dollr's values outside it, and is marked so.
    /// `keepingTrigrams`: a file found outside Dollr code keeps its trigrams for the reach rounds.
    func process(_ file: InMemoryFile, project: ProjectContext, onlyDollrCode: Bool = false, keepingTrigrams: Bool = false) -> FileResult {
        var result = FileResult()
        result.scanned = 1
        if !ScanEngine.isValidUTF8(file.bytes) { result.skipped.invalidUTF8 = 1 }
        let (present, trigrams) = prefilter.present(in: file.bytes, collectingTrigrams: keepingTrigrams)
        result.namesDollr = present.contains(dollrKeyword) || DollrReach.pathNamesDollr(file.path)
        let isDollrCode = !onlyDollrCode || result.namesDollr || markerKeywords.contains(where: present.contains)
        result.outsideDollrCode = !isDollrCode
        if !isDollrCode { result.trigrams = trigrams }
        var active: [Rule] = []
        var isDataFile: Bool?
        for (k, rule) in rules.enumerated() {
            let kws = ruleKeywords[k]
            guard ScanEngine.enabled(kws, present) else { continue }
            if !rule.description.readsDataFiles {
                let data = isDataFile ?? Language.isDataFile(file.path)
                isDataFile = data
                if data { continue }
            }
            if !isDollrCode && !ruleMayReportOutsideDollrCode(k, present: present, file: file) { continue }
            if file.isGitIgnored && !rule.description.readsGitIgnoredEnvFiles { continue }
            active.append(rule)
        }
        let hasSuppressions = present.contains(suppressionKeyword)
        guard !active.isEmpty || hasSuppressions else { return result }
        // Lines, language and markup regions only for the files some rule reads.
        let source = SourceFile(path: file.path, bytes: file.bytes, isGitIgnored: file.isGitIgnored)
        let lexed = LexedFile(source)
        if !isDollrCode { active.removeAll { $0.asOutsideDollrCodeGate?.mayReportOutsideDollrCode(lexed) == false } }
        let budget = WorkBudget(byteCount: source.bytes.count)
        let context = RuleContext(source: source, lexed: lexed, project: project, knowledge: knowledge, budget: budget)
        var activeProjectRules: [Int] = []
        for (k, rule) in active.enumerated() {
            if rule.asProjectRule != nil {
                if !FileFlowFacts.isBuildOutput(source) { activeProjectRules.append(k) }
                continue
            }
            context.begin(rule.description)
            rule.check(context)
            if budget.exhausted { break }
        }
        // Partial results of a file that ran out of budget would be arbitrary: the file is reported as skipped instead.
        if budget.exhausted {
            var skipped = FileResult()
            skipped.skipped.tooComplex = 1
            skipped.warnings.append("\(source.path): too complex to analyse within the per-file budget; skipped")
            return skipped
        }
        // Project rules report later, on lines that may hold a secret: the masker has to know it then too.
        if !context.findings.isEmpty || !activeProjectRules.isEmpty {
            for (k, rule) in maskingOnlyRules.enumerated() where ScanEngine.enabled(maskingOnlyKeywords[k], present) {
                if !isDollrCode && !maskingOnlyKeywordsOutsideDollrCode[k].contains(where: present.contains) { continue }
                if source.isGitIgnored && !rule.description.readsGitIgnoredEnvFiles { continue }
                context.begin(rule.description, keepingFindings: false)
                rule.check(context)
            }
        }
        let suppressions = hasSuppressions && !source.isGitIgnored ? SuppressionFilter.parse(lexed) : nil
        if !activeProjectRules.isEmpty {
            let flow = context.model.flowFacts(dollr: context.dollrCalls)
            let ruleIndices = activeProjectRules.map { k in rules.firstIndex { $0 === active[k] }! }
            result.findings = context.findings
            result.pending = PendingFile(
                source: source, flow: flow, suppressions: suppressions, secretRanges: context.secretRanges,
                projectRules: ruleIndices)
            return result
        }
        result.findings = finish(
            context.findings, source: source, secretRanges: context.secretRanges, suppressions: suppressions,
            suppressed: &result.suppressed)
        return result
    }

    /// Secret masking, the Filters stage's per-file part (overrides, de-duplication, suppressions), order and
    /// fingerprints of one file's findings.
    private func finish(
        _ raw: [Finding], source: SourceFile, secretRanges: [Range<Int>], suppressions: [Suppression]?,
        suppressed: inout Int
    ) -> [Finding] {
        // One masker knows every secret any rule saw in this file and masks it in every finding, whoever reported it.
        var findings = SecretValueMasker(bytes: source.bytes, ranges: secretRanges).masked(raw)
        findings = filter.fileFindings(findings, source: source, suppressions: suppressions, suppressed: &suppressed)
        findings.sort(by: Finding.sortedOrder)
        Fingerprint.assign(to: &findings)
        return findings
    }

    enum SkipReason: Error {
        case binary, tooLarge, unreadable(String), special(FileKind)
        var counts: SkipCounts {
            var c = SkipCounts()
            switch self {
            case .binary: c.binary = 1
            case .tooLarge: c.tooLarge = 1
            case .unreadable: c.unreadable = 1
            case .special(let kind): c.count(kind)
            }
            return c
        }
    }

    /// Outside Dollr code a rule runs on its own keywords, and only when its gate (if it has one) lets the bytes through.
    private func ruleMayReportOutsideDollrCode(_ k: Int, present: KeywordSet, file: InMemoryFile) -> Bool {
        guard ruleKeywordsOutsideDollrCode[k].contains(where: present.contains) else { return false }
        return rules[k].asOutsideDollrCodeGate?.mayReportOutsideDollrCode(file) ?? true
    }

    /// The keyword pass a file's scan starts with, for the benchmark: whether any keyword occurs.
    public func keywordPass(_ bytes: [UInt8], collectingTrigrams: Bool) -> Bool {
        !prefilter.present(in: bytes, collectingTrigrams: collectingTrigrams).keywords.isEmpty
    }

    /// A rule runs when one of its prefilter keywords occurs, or always when it has none.
    static func enabled(_ keywords: [Int], _ present: KeywordSet) -> Bool { keywords.isEmpty || keywords.contains(where: present.contains) }

    /// A NUL in the first 8 KB, as git decides. memchr: a byte-at-a-time loop here was a twentieth of a scan.
    static func isBinary(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { raw in raw.baseAddress.map { memchr($0, 0, min(raw.count, 8192)) != nil } ?? false }
    }

    /// UTF-8 as the standard defines it (Table 3-7: no overlong forms, surrogates or values past U+10FFFF). Eight
    /// ASCII bytes at a time, and each sequence checked in place: the standard library's decoder, one scalar per
    /// call, was 7% of a scan of repositories with translation files.
    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { b in
            guard let base = b.baseAddress else { return true }
            let n = b.count
            var i = 0
            let raw = UnsafeRawPointer(base)
            let high: UInt64 = 0x8080_8080_8080_8080
            while i < n {
                // 32 ASCII bytes a step while they last, then 8.
                while i + 32 <= n {
                    let w =
                        raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) | raw.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self)
                        | raw.loadUnaligned(fromByteOffset: i + 16, as: UInt64.self)
                        | raw.loadUnaligned(fromByteOffset: i + 24, as: UInt64.self)
                    if w & high != 0 { break }
                    i += 32
                }
                if i + 8 <= n, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & high == 0 {
                    i += 8
                    continue
                }
                guard i < n else { break }
                let lead = b[i]
                if lead < 0x80 {
                    i += 1
                    continue
                }
                // The continuation bytes a lead byte takes, and the range its first one must fall in.
                var second: ClosedRange<UInt8> = 0x80...0xBF
                let continuations: Int
                switch lead {
                case 0xC2...0xDF: continuations = 1
                case 0xE0: (continuations, second) = (2, 0xA0...0xBF)
                case 0xED: (continuations, second) = (2, 0x80...0x9F)
                case 0xE1...0xEF: continuations = 2
                case 0xF0: (continuations, second) = (3, 0x90...0xBF)
                case 0xF4: (continuations, second) = (3, 0x80...0x8F)
                case 0xF1...0xF3: continuations = 3
                default: return false
                }
                guard i + continuations < n, second.contains(b[i + 1]) else { return false }
                for k in stride(from: 2, through: continuations, by: 1) where b[i + k] & 0xC0 != 0x80 { return false }
                i += continuations + 1
            }
            return true
        }
    }

    /// Reads the whole file once (regular files only, never blocking); size and NUL checks decide skips.
    static func read(_ file: WalkedFile, maxSize: Int) -> Result<[UInt8], SkipReason> {
        switch FileReader.readRegularFile(pathBytes: file.absolutePathBytes, limit: maxSize, listedRegular: true) {
        case .success(let bytes): return isBinary(bytes) ? .failure(.binary) : .success(bytes)
        case .failure(.tooLarge), .failure(.streamTooLarge): return .failure(.tooLarge)
        case .failure(.notRegular(let kind)): return .failure(.special(kind))
        case .failure(.cannotOpen(let why)): return .failure(.unreadable(why))
        }
    }
}
