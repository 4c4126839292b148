import XCTest
@testable import DollrLintCore

final class DocumentationTests: XCTestCase {
    /// The README's rule table cannot drift from the catalogue.
    func testReadmeListsEveryRule() throws {
        let readme = try String(contentsOf: TestSupport.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        for d in RuleCatalog.descriptions(try RuleCatalog.builtIn()) {
            XCTAssertTrue(
                readme.contains("| `\(d.id)` | \(d.category.rawValue) | \(d.severity.rawValue) |"), "README rule table lacks \(d.id)")
        }
        XCTAssertTrue(readme.contains("swift run dollr-lint samples/") && readme.contains("swift test"))
    }
}
