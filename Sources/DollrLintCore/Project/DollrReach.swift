/// Which files of a whole-project scan can hold a finding about Dollr, decided before they are lexed.
///
/// A file is Dollr code when its path or bytes name Dollr or a `/v1/` path (`markers`); the rules about Dollr's
/// data, payloads and flows run only there (`DollrScope`) and in the files that reach it: one that imports a module
/// of Dollr code, calls a function that calls Dollr, or defines a helper Dollr code hands its requests, its retries
/// or its reference ids to. The reach grows in rounds from the Dollr code outwards (`words` and `importedFiles`
/// say where the next round looks); every other file costs one pass over its bytes, which is what makes a scan of a
/// repository that is mostly not about Dollr as fast as a keyword search.
public enum DollrReach {
    /// Keywords that make a file Dollr code, whatever else it says.
    public static let markers = ["dollr", "/v1/"]

    public static func pathNamesDollr(_ path: String) -> Bool { path.lowercased().has("dollr") }

    /// Names through which another file can reach the Dollr code among the files `index` holds and at `paths`
    /// (files that name Dollr): module stems for imports, functions that perform a Dollr flow operation (token,
    /// execute, status), and the helpers Dollr code hands such a call, a function making one, or a reference id to.
    /// Names shorter than three characters are left out: they would let every file through.
    public static func words(paths: [String], index: ProjectIndex) -> Set<String> {
        var words = Set<String>()
        func add(_ name: String) {
            guard name.utf8.count >= 3, !ProjectIndex.genericNames.contains(CodeModel.normalize(name)) else { return }
            words.insert(name)
            // `execute_collection` and `executeCollection` name the same function for the index.
            words.insert(CodeModel.normalize(name))
        }
        for path in paths { add(moduleName(path)) }
        for (f, file) in index.files.enumerated() {
            var flowFunctions = Set<String>()
            for (k, fn) in file.functions.enumerated() where index.operations(ofFunction: k, file: f).contains(where: \.isFlowOperation) {
                add(fn.name)
                flowFunctions.insert(CodeModel.normalize(fn.name))
            }
            let flowCalls = file.calls.filter { !$0.isLog && index.operations(of: $0, file: f).contains(where: \.isFlowOperation) }
            for call in file.calls where !call.isLog {
                let handsFlow =
                    flowCalls.contains { call.arguments.contains($0.offset) && $0.offset != call.offset }
                    || call.bareArguments.contains { flowFunctions.contains(CodeModel.normalize($0)) }
                if handsFlow || call.operation?.isFlowOperation == true || namesReference(call) { add(call.name) }
            }
        }
        return words
    }

    /// Whether a file takes part in a Dollr flow: some call of it performs a token, execute or status operation.
    public static func performsFlowOperation(_ facts: FileFlowFacts, file: Int, index: ProjectIndex) -> Bool {
        facts.calls.contains { !$0.isLog && index.operations(of: $0, file: file).contains(where: \.isFlowOperation) }
    }

    /// Files among `tables`' paths that the given files import (or share a package with).
    static func importedFiles(of facts: [FileFlowFacts], tables: ProjectIndex.PathTables) -> Set<Int> {
        var result = Set<Int>()
        for f in facts { result.formUnion(ProjectIndex.imports(of: f, at: nil, tables: tables)) }
        return result
    }

    /// The name a module is imported by: its file name without extension, or its directory's for `index.ts`,
    /// `__init__.py`, `mod.rs`.
    static func moduleName(_ path: String) -> String {
        let components = path.split(separator: "/")
        guard let last = components.last else { return "" }
        let stem = last.firstIndex(of: ".").map { String(last[..<$0]) } ?? String(last)
        if ["index", "__init__", "mod", "lib"].contains(stem), components.count >= 2 { return String(components[components.count - 2]) }
        return stem
    }

    /// A call whose value becomes a reference id: its callee may be the project's mint wrapper.
    static func namesReference(_ call: FlowCall) -> Bool {
        [call.assignedTo, call.keyName].contains { name in
            let n = CodeModel.normalize(name)
            return n.has("ref") || n.has("idempot") || n.has("uuid")
        }
    }
}
