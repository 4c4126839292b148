import Foundation
import XCTest

/// The house style a reviewer would otherwise check by hand: no line over 140 columns and no statements joined with
/// `;` in the package's Swift code (swift-format with the repository's `.swift-format` keeps both).
final class StyleTests: XCTestCase {
    static let maximumColumns = 140

    func testSwiftSourcesStayWithin140ColumnsAndOneStatementPerLine() throws {
        var problems: [String] = []
        for folder in ["Sources", "Tests/DollrLintTests", "Plugins"] {
            let root = TestSupport.packageRoot.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(atPath: root.path) else { continue }
            for case let name as String in walker where name.hasSuffix(".swift") && !name.hasPrefix("Fixtures/") {
                let text = try String(contentsOf: root.appendingPathComponent(name), encoding: .utf8)
                // Lines inside a multi-line string literal are data, not Swift: rule examples in other languages, whose
                // `↓` markers and line breaks are part of what the example tests.
                var inMultilineString = false
                for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                    let location = "\(folder)/\(name):\(index + 1)"
                    let delimiters = line.components(separatedBy: "\"\"\"").count - 1
                    let isData = inMultilineString || delimiters > 0
                    if delimiters % 2 == 1 { inMultilineString.toggle() }
                    if isData { continue }
                    if line.count > Self.maximumColumns { problems.append("\(location): \(line.count) columns") }
                    if ArchitectureTests.withoutComments(String(line)).contains(";") {
                        problems.append("\(location): statements joined with ;")
                    }
                }
            }
        }
        XCTAssertEqual(problems, [], problems.prefix(40).joined(separator: "\n"))
    }
}
