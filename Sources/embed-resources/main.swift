// Build tool behind the EmbedResources plugin: writes a Swift source holding the text of each given rules/ file,
// keyed by its path relative to the package ("rules/openapi/dollr-v1.json").
// Usage: embed-resources RULES_DIR OUTPUT_FILE INPUT_FILE...
import Foundation

let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
    FileHandle.standardError.write(Data("usage: embed-resources RULES_DIR OUTPUT_FILE INPUT_FILE...\n".utf8))
    exit(2)
}
let rulesDirectory = URL(fileURLWithPath: arguments[1]).standardizedFileURL.path
let outputPath = arguments[2]
let inputs = arguments.dropFirst(3).map { URL(fileURLWithPath: $0).standardizedFileURL.path }.sorted()

var out = "// Generated at build time by the EmbedResources plugin from rules/. Do not edit.\n\n"
out += "enum BundledResources {\n    static let files: [String: String] = [\n"
for path in inputs {
    guard path.hasPrefix(rulesDirectory + "/") else { continue }
    let key = "rules/" + path.dropFirst(rulesDirectory.count + 1)
    let text = try String(contentsOfFile: path, encoding: .utf8)
    // Raw string delimiters longer than any run of `"#` in the text, so any content embeds verbatim.
    var hashes = "#"
    while text.contains("\"" + hashes) || text.contains("\"\"\"" + hashes) { hashes += "#" }
    out += "        \(hashes)\"\(key)\"\(hashes): \(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes),\n"
}
out += "    ]\n}\n"
// Rewrite only on change, so an unchanged rules/ does not recompile the library.
if (try? String(contentsOfFile: outputPath, encoding: .utf8)) != out {
    try out.write(toFile: outputPath, atomically: true, encoding: .utf8)
}
