/// Which files of a whole-project scan can hold a finding about Dollr, decided before they are lexed.
///
/// A file is Dollr code when its path or bytes name Dollr or one of Dollr's resources (`markers`); the rules about Dollr's
/// data, payloads and flows run only there (`DollrScope`) and in the files that reach it: one that imports a module
/// of Dollr code, calls a function that calls Dollr, or defines a helper Dollr code hands its requests, its retries
/// or its reference ids to. The reach grows in rounds from the Dollr code outwards (`offer` and `importedFiles`
/// say where the next round looks); every other file costs one pass over its bytes, which is what makes a scan of a
/// repository that is mostly not about Dollr as fast as a keyword search.
public enum DollrReach {
    /// Keywords that make a file Dollr code, whatever else it says: its name, and the paths of its API's resources
    /// (with or without the leading slash: Retrofit writes `@POST("v1/executions/collection")`). A bare `/v1/` is
    /// anyone's (OpenTelemetry's `/v1/traces`, Stripe's `/v1/charges`); none of these prefixes occurred in the real
    /// repositories this was measured on.
    public static let markers =
        ["dollr"]
        + [
            "executions", "status", "jwt", "sessions", "checkouts", "orders", "invoices", "counterparties", "parties", "fees",
            "links", "merchants", "payment-accounts", "predictions", "realtime-keys",
        ].map { "v1/\($0)/" }

    public static func pathNamesDollr(_ path: String) -> Bool { path.hasIgnoringASCIICase("dollr") }

    /// What the analysed files offer the next round: the patterns below, and the files of `index` that take part in
    /// a Dollr flow (some call performs a token, execute or status operation), whose imports are followed too.
    public struct Offer {
        public var patterns = Set<String>()
        /// For each pattern, the name inside it (a pattern whose name is under four bytes stands for itself): a file
        /// can hold a pattern only if it holds the name, so the trigram filter asks a few hundred names, not
        /// thousands of patterns.
        public var nameInside: [String: String] = [:]
        public var filesInFlows = Set<Int>()

        mutating func add(_ forms: some Sequence<String>, around name: String) {
            for form in forms {
                patterns.insert(form)
                nameInside[form] = name.utf8.count >= 4 ? name : form
            }
        }
    }

    /// What another file says when it reaches the Dollr code among the files `index` holds and at `paths` (files
    /// that name Dollr), as byte patterns in context, so a word that is also an everyday one (`client`) does not let
    /// every file through: a module imported (`/payments`, `.payments`, `from payments`); a function called or
    /// handed over (`charge_customer(`, `charge_customer)`, `.collect ref` in Ruby) that performs a Dollr flow
    /// operation (token, execute, status); a bare helper Dollr code hands such a call, or a function making one, or
    /// whose value becomes a reference id. Names under three characters and library callees are left out.
    public static func offer(paths: [String], index: ProjectIndex) -> Offer {
        var offer = Offer()
        func forms(_ name: String) -> [String] {
            // `execute_collection` and `executeCollection` name the same function for the index.
            name == CodeModel.normalize(name) ? [name] : [name, CodeModel.normalize(name)]
        }
        func addModule(_ name: String) {
            guard name.utf8.count >= 3 else { return }
            for n in forms(name) { offer.add(modulePrefixes.map { $0 + n }, around: n) }
        }
        func addFunction(_ name: String) {
            let n = CodeModel.normalize(name)
            guard name.utf8.count >= 3, !ProjectIndex.genericNames.contains(n), !libraryCallees.contains(n) else { return }
            for f in forms(name) { offer.add(["\(f)(", "\(f))", "\(f),", "\(f) {", ".\(f) "], around: f) }
        }
        for path in paths { addModule(moduleName(path)) }
        for (f, file) in index.files.enumerated() {
            var flowFunctions = Set<String>()
            for (k, fn) in file.functions.enumerated() {
                let operations = index.operations(ofFunction: k, file: f)
                guard operations.contains(where: \.isFlowOperation) else { continue }
                addFunction(fn.name)
                flowFunctions.insert(CodeModel.normalize(fn.name))
                // `pay.execute("collection", payload)`: even a generic name is specific with the kind it is handed.
                if fn.name.utf8.count >= 3, operations.contains(where: ProjectIndex.takesKind) {
                    for n in forms(fn.name) {
                        for kind in FlowFactsBuilder.executionKinds { offer.add([".\(n)(\"\(kind)\"", ".\(n)('\(kind)'"], around: n) }
                    }
                }
            }
            let flowCalls = file.calls.filter { !$0.isLog && index.operations(of: $0, file: f).contains(where: \.isFlowOperation) }
            if !flowCalls.isEmpty { offer.filesInFlows.insert(f) }
            // Only a bare callee can name a helper in a file nothing imports; one on a receiver is the receiver's.
            for call in file.calls where !call.isLog && (call.receiver.isEmpty || ["self", "this"].contains(call.receiver)) {
                // A function handed over that makes a flow call (`withRetry(() => dollr.collect(body))`, `retry(charge)`).
                let handsFlow =
                    (call.passesFunction && flowCalls.contains { call.arguments.contains($0.offset) && $0.offset != call.offset })
                    || call.bareArguments.contains { flowFunctions.contains(CodeModel.normalize($0)) }
                // A call without arguments whose value becomes the reference id: maybe the project's mint wrapper.
                let mintsThroughWrapper = namesReference(call) && !call.mintsUUID && call.arguments.count < 3
                if handsFlow || mintsThroughWrapper { addFunction(call.name) }
            }
        }
        return offer
    }

    /// How a module is named where it is imported: a path (`./lib/payments`, `require 'payments'`), a dotted or
    /// namespaced name (`shop.payments`, `App\\Payments`, `crate::payments`), a Python import, a type annotation.
    static let modulePrefixes = ["/", ".", "\\", ":", ": ", "from ", "import ", "'", "\""]

    /// Callees that take a function but are a test framework's, a promise's or a collection's, never a project
    /// helper that decides a Dollr flow (and `return`, which some languages let look like a call).
    static let libraryCallees: Set<String> = [
        "describe", "test", "expect", "beforeeach", "aftereach", "beforeall", "afterall", "then", "catch", "finally", "map",
        "flatmap", "foreach", "filter", "reduce", "all", "allsettled", "race", "settimeout", "json", "stringify", "log", "return", "fetch",
    ]

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
