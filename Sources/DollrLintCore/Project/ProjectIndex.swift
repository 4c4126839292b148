/// The project phase: every file's flow facts joined once, so a call in one file is known by what the function it
/// names does in another (`client.execute_collection(...)` in `tasks.py` is an execute because of `dollr/client.py`).
/// Built from per-file facts only, in time linear in the number of functions and calls.
public struct ProjectIndex: Sendable {
    public let files: [FileFlowFacts]
    /// A function by file and index.
    struct FunctionRef: Hashable, Sendable {
        let file: Int
        let function: Int
    }
    /// Functions by normalised name.
    private var byName: [String: [FunctionRef]] = [:]
    /// Dollr operations of each function: its own calls, and those of the functions it calls (two more levels).
    private var operations: [FunctionRef: Set<DollrOperation>] = [:]
    /// Names bound to Dollr paths anywhere in the project.
    private var pathConstants: [String: String] = [:]
    /// For each file, the files it imports (and, for package-scoped languages, the files of its directory).
    private var importedFiles: [Set<Int>] = []
    /// Functions handed by name to a retry helper somewhere (`retry(charge_customer)`).
    public private(set) var retriedByReference: Set<String> = []

    /// Names too common to resolve across files without an import or a receiver that names the owner.
    static let genericNames: Set<String> = [
        "execute", "run", "call", "perform", "handle", "process", "send", "post", "request", "get",
        "create", "submit", "invoke", "apply", "do", "make", "start", "init", "new", "main", "update", "status", "token",
    ]

    public init(files: [FileFlowFacts]) {
        self.files = files
        for (f, facts) in files.enumerated() {
            for (k, fn) in facts.functions.enumerated() {
                byName[CodeModel.normalize(fn.name), default: []].append(FunctionRef(file: f, function: k))
            }
            for (name, path) in facts.pathConstants { pathConstants[CodeModel.normalize(name)] = path }
        }
        let tables = PathTables(paths: files.map(\.path))
        importedFiles = files.indices.map { ProjectIndex.imports(of: files[$0], at: $0, tables: tables) }
        // Direct operations first, then two rounds through callees: "directly, or through one more helper" and a bit more.
        var callsOf: [FunctionRef: [FlowCall]] = [:]
        for (f, facts) in files.enumerated() {
            for c in facts.calls {
                if let fn = c.function { callsOf[FunctionRef(file: f, function: fn), default: []].append(c) }
            }
        }
        for (ref, calls) in callsOf {
            operations[ref] = Set(calls.compactMap { directOperation($0, file: ref.file) })
        }
        for _ in 0..<2 {
            var next = operations
            for (ref, calls) in callsOf {
                for c in calls where directOperation(c, file: ref.file) == nil && !c.isLog {
                    for target in resolve(c, from: ref.file) where target != ref {
                        next[ref, default: []].formUnion(operations[target] ?? [])
                    }
                }
            }
            operations = next
        }
        for (f, facts) in files.enumerated() {
            for c in facts.calls where isRetryHelper(c, file: f) {
                retriedByReference.formUnion(c.bareArguments.map { CodeModel.normalize($0) })
            }
        }
    }

    /// The operation a call performs by its own arguments: a path it sends, or a constant holding one.
    func directOperation(_ call: FlowCall, file: Int) -> DollrOperation? {
        if let op = call.operation { return op }
        guard !call.isLog else { return nil }
        for name in call.urlNames {
            // Qualified names resolve as written (`DollrRoutes.Collection`); bare ones only when they read like constants.
            let qualified = name.has(".")
            let bare = qualified ? String(name[name.index(after: name.lastIndex(of: ".")!)...]) : name
            if let path = files[file].pathConstants[name] ?? pathConstants[CodeModel.normalize(name)] { return DollrOperation(path: path) }
            if qualified && !FlowFactsBuilder.isPathLike(bare) { continue }
            if let path = files[file].pathConstants[bare] ?? pathConstants[CodeModel.normalize(bare)] { return DollrOperation(path: path) }
        }
        return nil
    }

    /// Every Dollr operation a call performs, directly or through the functions it names.
    public func operations(of call: FlowCall, file: Int) -> Set<DollrOperation> {
        if let op = directOperation(call, file: file) { return [op] }
        guard !call.isLog else { return [] }
        var result = Set<DollrOperation>()
        for target in resolve(call, from: file) { result.formUnion(operations[target] ?? []) }
        return result
    }

    /// Operations of a function of a file.
    public func operations(ofFunction function: Int, file: Int) -> Set<DollrOperation> {
        operations[FunctionRef(file: file, function: function)] ?? []
    }

    /// The functions a call may name: same file first, then imported files (or the same package), then by name.
    func resolve(_ call: FlowCall, from file: Int) -> [FunctionRef] {
        guard let candidates = byName[CodeModel.normalize(call.name)] else { return [] }
        let local = candidates.filter { $0.file == file }
        if !local.isEmpty { return local }
        let imported = candidates.filter { importedFiles[file].contains($0.file) }
        if !imported.isEmpty { return imported }
        let name = CodeModel.normalize(call.name)
        guard ProjectIndex.genericNames.contains(name) else { return candidates }
        // `client.execute(...)`: only a method of a class the receiver names (`DollrClient` for `dollr_client`)...
        let receiver = CodeModel.normalize(call.receiver)
        guard !receiver.isEmpty, !["self", "this"].contains(receiver) else { return [] }
        // ...or of a file the receiver names (`s.Dollr.Status(...)` for a method of `internal/dollr/collections.go`).
        return candidates.filter { ref in
            let owner = CodeModel.normalize(files[ref.file].functions[ref.function].owner)
            let ownerMatches =
                !owner.isEmpty && (owner.has(receiver) || receiver.has(owner) || (receiver.has("dollr") && owner.has("dollr")))
            return ownerMatches || (receiver.utf8.count >= 3 && CodeModel.normalize(files[ref.file].path).has(receiver))
                || buildsPathFromKind(call, ref)
        }
    }

    /// `pay.execute("collection", payload)` on a client whose type the index cannot see (built in a module the
    /// project does not hold): a function of that name that puts the execution kind it is handed into a Dollr path
    /// (`"{}/v1/executions/{}".format(base, op)`), and no other kind of function, is the one called.
    private func buildsPathFromKind(_ call: FlowCall, _ ref: FunctionRef) -> Bool {
        guard !call.executionKind.isEmpty, let ops = operations[ref] else { return false }
        return ops.contains(where: ProjectIndex.takesKind)
    }

    /// An execute or status whose kind is a hole: the function puts a kind it is handed into the path.
    static func takesKind(_ op: DollrOperation) -> Bool {
        switch op {
        case .execute(let kind), .status(let kind): return kind.has("\u{FFFC}")
        default: return false
        }
    }

    /// The function facts a call may name.
    public func functions(calledBy call: FlowCall, file: Int) -> [FunctionFlow] {
        resolve(call, from: file).map { files[$0.file].functions[$0.function] }
    }

    /// A call whose function argument runs again on failure: a library retry helper or a project one.
    public func isRetryHelper(_ call: FlowCall, file: Int) -> Bool {
        guard call.passesFunction || !call.bareArguments.isEmpty else { return false }
        if ProjectIndex.isLibraryRetryHelper(name: call.name, receiver: call.receiver) { return true }
        // `policy.ExecuteAsync(...)` on a name the file bound to a retry policy.
        if FlowVocabulary.retryHelpers.contains(CodeModel.normalize(call.name)),
            files[file].retryPolicies.contains(CodeModel.normalize(call.receiver))
        {
            return true
        }
        return functions(calledBy: call, file: file).contains { $0.repeatsParameter }
    }

    static func isLibraryRetryHelper(name: String, receiver: String) -> Bool {
        let n = CodeModel.normalize(name)
        guard FlowVocabulary.retryHelpers.contains(n) else { return false }
        guard FlowVocabulary.weakRetryHelpers.contains(n) else { return true }
        let r = CodeModel.normalize(receiver)
        return FlowVocabulary.retryReceiverWords.contains { r.has($0) }
    }

    /// A call of a request helper that retries what it is given (`_post(path)` looping over `requests.post(base + path)`).
    public func retriesRequest(_ call: FlowCall, file: Int) -> Bool {
        functions(calledBy: call, file: file).contains { $0.retriesRequest }
    }

    /// A call of a one-line UUID wrapper (`new_reference_id()`).
    public func isMintWrapper(_ call: FlowCall, file: Int) -> Bool {
        call.arguments.isEmpty || call.arguments.count < 3 ? functions(calledBy: call, file: file).contains { $0.isMintWrapper } : false
    }

    // MARK: imports

    /// Paths of every file, cut up once, so resolving the imports of all files costs the imports and their
    /// candidates, not every pair of files.
    struct PathTables {
        let stems: [[String]]
        let byDirectory: [Substring: [Int]]
        /// Files by the last component of their stem (`dollr/client.py` under "client").
        let byStemLast: [String: [Int]]
        /// Files by their directory's last component (`internal/dollr/client.go` under "dollr").
        let byPackageLast: [String: [Int]]

        /// `jobs` threads split the paths: a whole tree's paths are thousands of splits, in the serial part of a scan.
        init(paths: [String], jobs: Int = 1) {
            stems = paths.parallelMap(jobs: jobs) { ProjectIndex.stemComponents($0) }
            var byDirectory: [Substring: [Int]] = [:]
            var byStemLast: [String: [Int]] = [:]
            var byPackageLast: [String: [Int]] = [:]
            for (k, path) in paths.enumerated() {
                byDirectory[ProjectIndex.directory(path), default: []].append(k)
                if let last = stems[k].last { byStemLast[last, default: []].append(k) }
                if stems[k].count >= 2 { byPackageLast[stems[k][stems[k].count - 2], default: []].append(k) }
            }
            self.byDirectory = byDirectory
            self.byStemLast = byStemLast
            self.byPackageLast = byPackageLast
        }
    }

    /// Files (indices into the tables' paths) a file imports: module paths matched against file paths by their
    /// trailing components; for Go, Java, Kotlin, C#, Swift, Rust and PHP also the files of the same directory (one
    /// package). `index` is the file's own place in the tables, if it has one.
    static func imports(of facts: FileFlowFacts, at index: Int?, tables: PathTables) -> Set<Int> {
        let packageScoped: Set<Language> = [.go, .java, .kotlin, .csharp, .swift, .rust, .php]
        var result = Set<Int>()
        if packageScoped.contains(facts.language) { result.formUnion(tables.byDirectory[ProjectIndex.directory(facts.path)] ?? []) }
        for module in facts.imports {
            let parts = module.split(whereSeparator: { $0 == "/" || $0 == "." || $0 == "\\" || $0 == ":" })
                .map { CodeModel.normalize(String($0)) }
                .filter { !$0.isEmpty && $0 != "src" && $0 != "app" && $0 != "lib" }
            guard let lastPart = parts.last else { continue }
            for part in Set(parts) {
                for k in tables.byStemLast[part] ?? [] where ProjectIndex.matches(parts, tables.stems[k]) { result.insert(k) }
            }
            // Go and Java import packages (directories): `internal/dollr` names every file of that directory.
            result.formUnion(tables.byPackageLast[lastPart] ?? [])
        }
        if let index { result.remove(index) }
        return result
    }

    static func directory(_ path: String) -> Substring {
        path.lastIndex(of: "/").map { path[..<$0] } ?? ""
    }

    /// `app/dollr/client.py` -> ["dollr", "client"]; an `index` or `__init__` file stands for its directory.
    static func stemComponents(_ path: String) -> [String] {
        var parts = path.split(separator: "/").map(String.init)
        if let last = parts.last, let dot = last.firstIndex(of: ".") { parts[parts.count - 1] = String(last[..<dot]) }
        if let last = parts.last, ["index", "__init__", "mod", "lib"].contains(last) { parts.removeLast() }
        return parts.map { CodeModel.normalize($0) }.filter { !$0.isEmpty && $0 != "src" && $0 != "app" && $0 != "lib" }
    }

    /// Whether an import's components end like a file's path (`from dollr.client import X` names `dollr/client.py`;
    /// `use App\Services\DollrClient` names `app/Services/DollrClient.php`; an imported class name its file).
    static func matches(_ parts: [String], _ stem: [String]) -> Bool {
        guard let last = stem.last else { return false }
        if let k = parts.lastIndex(of: last) {
            // The components before the match agree as far as both go.
            let before = parts[..<k].suffix(2)
            let stemBefore = stem.dropLast().suffix(before.count)
            return before.count <= 1 || stemBefore.isEmpty || Array(before.suffix(stemBefore.count)) == Array(stemBefore)
        }
        return false
    }
}
