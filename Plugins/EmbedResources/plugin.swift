import Foundation
import PackagePlugin

/// Compiles rules/ (data rules, the OpenAPI spec, reference data) into a Swift source at build time, so a
/// binary copied alone carries them and nobody has to remember to regenerate a committed file.
@main
struct EmbedResources: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let rules = context.package.directoryURL.appending(path: "rules")
        let inputs = try Self.jsonFiles(under: rules)
        let output = context.pluginWorkDirectoryURL.appending(path: "BundledResources.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) files of rules/",
                executable: try context.tool(named: "embed-resources").url,
                arguments: [rules.path, output.path] + inputs.map(\.path),
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }

    /// Every `.json` file under `directory`, sorted, so the build reruns when any of them changes.
    static func jsonFiles(under directory: URL) throws -> [URL] {
        guard let walker = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil) else { return [] }
        return walker.compactMap { $0 as? URL }
            .filter { $0.pathExtension == "json" }
            .sorted { $0.path < $1.path }
    }
}
