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

    /// Names through which another file can reach the files at `paths` and those `index` holds (analysed, with
    /// their flow facts when the project rules ran on them): module stems for imports, functions that perform Dollr operations, and the
    /// helpers their calls hand a function, a Dollr path or a reference id to. Empty when nothing can be reached.
    public static func words(paths: [String], index: ProjectIndex) -> Set<String> {
        var words = Set<String>()
        func add(_ name: String) {
            guard !name.isEmpty, !ProjectIndex.genericNames.contains(CodeModel.normalize(name)) else { return }
            words.insert(name)
            // `execute_collection` and `executeCollection` name the same function for the index.
            words.insert(CodeModel.normalize(name))
        }
        for path in paths { add(moduleName(path)) }
        for (f, file) in index.files.enumerated() {
            for (k, fn) in file.functions.enumerated() where !index.operations(ofFunction: k, file: f).isEmpty {
                add(fn.name)
            }
            for call in file.calls where !call.isLog && handsOver(call) { add(call.name) }
        }
        return words
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

    /// A call whose callee may be a project helper that decides a Dollr flow: it is handed a function (a retry
    /// helper), a Dollr path (a request helper), or its value becomes the reference id (a mint wrapper).
    static func handsOver(_ call: FlowCall) -> Bool {
        if call.passesFunction || !call.bareArguments.isEmpty || call.operation != nil || !call.urlNames.isEmpty { return true }
        return [call.assignedTo, call.keyName].contains { name in
            let n = CodeModel.normalize(name)
            return n.has("ref") || n.has("idempot") || n.has("uuid")
        }
    }
}
