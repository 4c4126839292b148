import XCTest
@testable import DollrLintCore

/// The byte search every `has` and keyword check goes through, and the lower-cased copy keyword checks read.
final class ByteSearchTests: XCTestCase {
    func testFirstIndexFindsTheFirstOccurrenceInsideTheRangeOnly() {
        let hay = Array("abcabcXYabc".utf8)
        hay.withUnsafeBufferPointer { h in
            func find(_ needle: String, _ range: Range<Int>) -> Int? {
                Array(needle.utf8).withUnsafeBufferPointer { ByteSearch.firstIndex(h, $0, in: range) }
            }
            XCTAssertEqual(find("abc", 0..<11), 0)
            XCTAssertEqual(find("abc", 1..<11), 3)
            XCTAssertEqual(find("abc", 4..<11), 8)
            XCTAssertNil(find("abc", 4..<10), "an occurrence crossing the range's end is not in it")
            XCTAssertEqual(find("XY", 0..<11), 6)
            XCTAssertNil(find("xy", 0..<11), "exact bytes")
            XCTAssertEqual(find("", 5..<11), 5)
            XCTAssertNil(find("abcabcXYabcd", 0..<11))
        }
        XCTAssertEqual(ByteSearch.firstIndex(hay, Array("abc".utf8), from: 9), nil)
        XCTAssertTrue(ByteSearch.contains(hay, Array("cX".utf8)))
    }

    func testLowercasedFoldsOnlyASCIIUpperCaseAtEveryLength() {
        let all = (0...255).map { UInt8($0) }
        for length in [0, 1, 7, 8, 9, 255, 256] {
            let bytes = Array(all.prefix(length))
            XCTAssertEqual(ByteSearch.lowercased(bytes), bytes.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, "length \(length)")
        }
        let shifted = Array(all.reversed())
        XCTAssertEqual(ByteSearch.lowercased(shifted), shifted.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 })
        XCTAssertEqual(ByteSearch.lowercased(Array("ÄBC Dollr-Lint".utf8)), Array("Äbc dollr-lint".utf8))
    }

    func testHasIgnoringASCIICaseFoldsOnlyTheText() {
        XCTAssertTrue("Authorization: BEARER abc".hasIgnoringASCIICase("bearer"))
        XCTAssertTrue("api.HeyDollr.app"[...].hasIgnoringASCIICase("heydollr"))
        XCTAssertTrue("dollr".hasIgnoringASCIICase("dollr"))
        XCTAssertFalse("doll".hasIgnoringASCIICase("dollr"))
        XCTAssertFalse("d0llr".hasIgnoringASCIICase("dollr"))
        XCTAssertFalse("DOLLR".hasIgnoringASCIICase("DOLLR"), "the needle is lower case")
        XCTAssertTrue("Ünïcode DoLLr".hasIgnoringASCIICase("dollr"))
        XCTAssertTrue("x".hasIgnoringASCIICase(""))
    }

    func testFileNameComponentIsNSStringsLastPathComponent() {
        for path in ["a/b/c.ts", "c.ts", "a/b/", "/", "", "a//b", "/x", "dir/.env.local", "a/b//"] {
            XCTAssertEqual(path.fileNameComponent, (path as NSString).lastPathComponent, path)
        }
    }
}
