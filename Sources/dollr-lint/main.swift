import Foundation
import DollrLintCore

// The executable only parses arguments and prints; DollrLintCore does the work.
let arguments = Array(CommandLine.arguments.dropFirst())
let code: Int32
do {
    code = try CommandRouter.run(arguments)
} catch let e as UsageError {
    FileHandle.standardError.write(Data("dollr-lint: \(e.message)\nRun 'dollr-lint --help' for usage.\n".utf8))
    code = 2
} catch let e as ConfigError {
    FileHandle.standardError.write(Data("dollr-lint: \(e.description)\n".utf8))
    code = 2
} catch {
    FileHandle.standardError.write(Data("dollr-lint: \(error)\n".utf8))
    code = 2
}
// exit() flushes standard output.
exit(code)
