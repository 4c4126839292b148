import Foundation
import DollrLintCore

enum ValidateCommand {
    static func run(_ args: [String]) throws -> Int32 {
        let p = try ParsedArguments(args, valueOptions: ["endpoint", "query", "spec", "format"], flagOptions: [])
        guard p.positionals.count == 1 else { throw UsageError(message: "validate takes one FILE (or - for standard input)") }
        guard let endpoint = p.value("endpoint") else { throw UsageError(message: "validate needs --endpoint \"METHOD /v1/path\"") }
        let format = p.value("format") ?? "text"
        guard format == "text" || format == "json" else { throw UsageError(message: "--format: expected text or json, got '\(format)'") }
        var query: [String: String] = [:]
        for q in p.values["query"] ?? [] {
            let kv = q.split(separator: "=", maxSplits: 1)
            guard kv.count == 2, !kv[0].isEmpty else { throw UsageError(message: "--query: expected key=value, got '\(q)'") }
            query[String(kv[0])] = String(kv[1])
        }
        let file = p.positionals[0]
        let payload: [UInt8]
        if file == "-" {
            payload = Array(FileHandle.standardInput.readDataToEndOfFile().prefix(PayloadValidation.maxPayloadBytes + 1))
        } else {
            var st = stat()
            guard stat(file, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { throw ConfigError(file: file, "no such file") }
            // Refuse a huge payload before reading it: bounded time and memory whatever the input.
            guard Int(st.st_size) <= PayloadValidation.maxPayloadBytes else {
                throw ConfigError(file: file, "payload is \(Int(st.st_size) / 1_000_000) MB; refusing anything over \(PayloadValidation.maxPayloadBytes / 1_000_000) MB (Dollr request bodies are a few KB)")
            }
            guard let b = FileReader.read(file) else { throw ConfigError(file: file, "cannot read the payload file") }
            payload = b
        }
        let knowledge = try p.value("spec").map { path -> DollrKnowledge in
            guard let b = FileReader.read(path) else { throw ConfigError(file: path, "cannot read the spec file") }
            return try DollrKnowledge.load(specOverride: (path, b))
        } ?? DollrKnowledge.shared()
        for w in knowledge.warnings { FileHandle.standardError.write(Data("dollr-lint: warning: \(w)\n".utf8)) }
        let result = try PayloadValidation.run(payload: payload, payloadName: file == "-" ? "<stdin>" : file, endpoint: endpoint, query: query, knowledge: knowledge)
        print(format == "json" ? result.json() : result.text(), terminator: "")
        return result.valid ? 0 : 1
    }
}
