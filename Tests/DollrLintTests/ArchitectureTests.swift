import Foundation
import XCTest

/// The library's folders are pipeline stages that only look forward: no file of a stage names a type declared in a
/// later stage. Support holds what every stage shares (errors, byte search, JSON text).
final class ArchitectureTests: XCTestCase {
    static let stages = [
        "Support", "Walk", "Source", "Prefilter", "Lexer", "Dollr", "CodeModel", "Payload", "Project",
        "Findings", "Rules", "Filters", "Reporters", "Engine", "Git", "Frontend",
    ]

    func testNoStageNamesATypeOfALaterStage() throws {
        let library = TestSupport.packageRoot.appendingPathComponent("Sources/DollrLintCore")
        var sources: [String: [(file: String, text: String)]] = [:]
        var owner: [String: Int] = [:]
        let declaration = try NSRegularExpression(pattern: #"\b(?:struct|class|enum|protocol|typealias|actor)\s+([A-Z]\w*)"#)
        for stage in Self.stages {
            let folder = library.appendingPathComponent(stage)
            guard let walker = FileManager.default.enumerator(atPath: folder.path) else { continue }
            for case let name as String in walker where name.hasSuffix(".swift") {
                let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
                let code = Self.withoutComments(text)
                sources[stage, default: []].append(("\(stage)/\(name)", code))
                let range = NSRange(code.startIndex..., in: code)
                for match in declaration.matches(in: code, range: range) {
                    let type = (code as NSString).substring(with: match.range(at: 1))
                    owner[type] = min(owner[type] ?? Int.max, Self.stages.firstIndex(of: stage)!)
                }
            }
        }
        let topLevel = try FileManager.default.contentsOfDirectory(atPath: library.path).filter { !$0.hasPrefix(".") }
        XCTAssertEqual(Set(topLevel).subtracting(Self.stages), [], "every folder of the library is a stage listed here")
        var violations: [String] = []
        for (stageIndex, stage) in Self.stages.enumerated() {
            for (file, code) in sources[stage] ?? [] {
                let names = Set(code.split { !($0.isLetter || $0.isNumber || $0 == "_") }.map(String.init))
                for name in names.sorted() {
                    if let later = owner[name], later > stageIndex { violations.append("\(file) names \(name) of \(Self.stages[later])") }
                }
            }
        }
        XCTAssertEqual(violations, [], violations.joined(separator: "\n"))
    }

    /// Drops string literals and `//` comments: a message or a comment may use a later stage's type name as a word.
    static func withoutComments(_ text: String) -> String {
        let literal = try! NSRegularExpression(pattern: #""(?:[^"\\\n]|\\.)*""#)
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { line -> String in
                let code = literal.stringByReplacingMatches(
                    in: String(line), range: NSRange(line.startIndex..., in: line),
                    withTemplate: "\"\"")
                return code.range(of: "//").map { String(code[..<$0.lowerBound]) } ?? code
            }
            .joined(separator: "\n")
    }
}
