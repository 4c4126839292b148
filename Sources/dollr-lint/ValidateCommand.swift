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
        let limit = PayloadValidation.maxPayloadBytes
        if file == "-" {
            // The limit applies while reading: endless input (`< /dev/zero`) stops there, in bounded memory.
            switch FileReader.readAll(fd: STDIN_FILENO, sizeHint: 0, limit: limit) {
            case .success(let bytes): payload = bytes
            case .failure(let problem):
                throw ConfigError(file: "<stdin>", "cannot read the payload: \(problem) (Dollr request bodies are a few KB)")
            }
        } else {
            payload = try FileReader.readOptionFile(file, limit: limit, what: "payload")
        }
        let knowledge =
            try p.value("spec").map { path -> DollrKnowledge in
                let bytes = try FileReader.readOptionFile(path, limit: FileReader.optionFileLimit, what: "spec file")
                return try DollrKnowledge.load(specOverride: (path, bytes))
            } ?? DollrKnowledge.shared()
        for w in knowledge.warnings { FileHandle.standardError.write(Data("dollr-lint: warning: \(w)\n".utf8)) }
        let result = try PayloadValidation.run(
            payload: payload, payloadName: file == "-" ? "<stdin>" : file, endpoint: endpoint, query: query, knowledge: knowledge)
        print(format == "json" ? result.json() : result.text(), terminator: "")
        return result.valid ? 0 : 1
    }
}
