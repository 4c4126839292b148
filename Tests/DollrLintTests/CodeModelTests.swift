import XCTest
@testable import DollrLintCore

final class BlockTreeTests: XCTestCase {
    func model(_ path: String, _ code: String) -> CodeModel { CodeModel(LexedFile(SourceFile(path: path, bytes: Array(code.utf8)))) }

    func testBraceBlocksKnowTheirHeaders() {
        let m = model(
            "a.ts",
            "async function pay() {\n  for (let i = 0; i < 3; i++) {\n    try {\n      await execute(id);\n    } catch (e) {\n      "
                + "retry();\n    }\n  }\n}\n"
        )
        let execute = m.calls.first { $0.name == "execute" }!
        XCTAssertEqual(m.blocks.enclosing(execute.nameToken).map { $0.keyword }, [.try, .for, .function])
        let retry = m.calls.first { $0.name == "retry" }!
        XCTAssertEqual(m.blocks.enclosing(retry.nameToken).first?.keyword, .catch)
    }

    func testIndentationBlocksInPython() {
        let m = model(
            "a.py",
            "def pay():\n    for attempt in range(3):\n        try:\n            execute(ref)\n        except Timeout:\n            "
                + "poll(ref)\n    done()\n"
        )
        let execute = m.calls.first { $0.name == "execute" }!
        XCTAssertEqual(m.blocks.enclosing(execute.nameToken).map { $0.keyword }, [.try, .for, .def])
        XCTAssertEqual(m.blocks.enclosing(m.calls.first { $0.name == "poll" }!.nameToken).first?.keyword, .except)
        XCTAssertEqual(m.blocks.enclosing(m.calls.first { $0.name == "done" }!.nameToken).map { $0.keyword }, [.def])
    }
}
