import XCTest
@testable import DollrLintCore

/// The Aho-Corasick prefilter: overlapping keywords, keywords inside others (found through failure links), ASCII
/// case folding, and the early-exit `containsAny`.
final class KeywordPrefilterTests: XCTestCase {
    func testOverlappingAndNestedKeywordsAreAllFound() {
        let filter = KeywordPrefilter(keywords: ["he", "she", "his", "hers", "/v1/"])
        XCTAssertEqual(filter.present(in: Array("ushers".utf8)), [0, 1, 3])
        XCTAssertEqual(filter.present(in: Array("this".utf8)), [2])
        XCTAssertEqual(filter.present(in: Array("GET /V1/status".utf8)), [4])
        XCTAssertEqual(filter.present(in: Array("nothing here".utf8)), [0])
        XCTAssertEqual(filter.present(in: Array("xyz".utf8)), [])
    }

    /// A keyword or trigram at any position of a buffer is seen, whatever its length.
    func testKeywordsAndTrigramsAreFoundAtEveryPosition() {
        let filter = KeywordPrefilter(keywords: ["he", "dollr_client_secret", "/v1/"])
        for length in [40, 41, 97] {
            for at in 0...(length - 19) {
                var bytes = [UInt8](repeating: UInt8(ascii: "x"), count: length)
                bytes.replaceSubrange(at..<(at + 19), with: Array("DOLLR_CLIENT_SECRET".utf8))
                let (found, trigrams) = filter.present(in: bytes, collectingTrigrams: true)
                XCTAssertEqual(found, [1], "length \(length), at \(at)")
                XCTAssertEqual(trigrams?.mayContainAny(TrigramFilter.Patterns(["dollr_client_secret"])), true, "at \(at)")
            }
            // The shortest pattern the trigrams can rule out (one trigram per alignment), up to the last byte.
            for at in 0...(length - 4) {
                var bytes = [UInt8](repeating: UInt8(ascii: "x"), count: length)
                bytes.replaceSubrange(at..<(at + 4), with: Array("Pay(".utf8))
                let trigrams = filter.present(in: bytes, collectingTrigrams: true).trigrams
                XCTAssertEqual(trigrams?.mayContainAny(TrigramFilter.Patterns(["pay("])), true, "length \(length), at \(at)")
                XCTAssertEqual(trigrams?.mayContainAny(TrigramFilter.Patterns(["pya("])), false, "length \(length), at \(at)")
            }
        }
    }

    /// A large file is walked from its start and from its middle at once: a keyword across the middle, at either
    /// end, or ending where the first walk stops is still found (and its trigrams, collected in one walk).
    func testKeywordsAcrossTheMiddleOfALargeFileAreFound() {
        let filter = KeywordPrefilter(keywords: ["he", "dollr_client_secret", "/v1/"])
        for length in [8192, 8193, 20_001] {
            let mid = length / 2
            for at in Array((mid - 22)...(mid + 3)) + [0, length - 19] {
                var bytes = [UInt8](repeating: UInt8(ascii: "x"), count: length)
                bytes.replaceSubrange(at..<(at + 19), with: Array("DOLLR_CLIENT_SECRET".utf8))
                XCTAssertEqual(filter.present(in: bytes), [1], "length \(length), at \(at)")
                XCTAssertTrue(filter.containsAny(in: bytes), "length \(length), at \(at)")
                let (found, trigrams) = filter.present(in: bytes, collectingTrigrams: true)
                XCTAssertEqual(found, [1], "length \(length), at \(at)")
                XCTAssertEqual(trigrams?.mayContainAny(TrigramFilter.Patterns(["dollr_client_secret"])), true, "at \(at)")
            }
        }
    }

    func testContainsAnyStopsAtTheFirstMatch() {
        let filter = KeywordPrefilter(keywords: ["charge_customer(", "dollr"])
        XCTAssertTrue(filter.containsAny(in: Array("return Charge_Customer(order)".utf8)))
        XCTAssertFalse(filter.containsAny(in: Array("charge_customer = 1".utf8)))
        XCTAssertFalse(KeywordPrefilter(keywords: []).containsAny(in: Array("anything".utf8)))
    }

    /// The trigram filter a reach round asks before reading a file again: never a false "no".
    func testTrigramFilterRulesOutOnlyWhatCannotOccur() {
        let text = "return Charge_Customer(order)\nimport { x } from './payments'"
        let filter = KeywordPrefilter(keywords: []).present(in: Array(text.utf8), collectingTrigrams: true).trigrams!
        XCTAssertTrue(filter.mayContainAny(TrigramFilter.Patterns(["charge_customer("])))
        XCTAssertTrue(filter.mayContainAny(TrigramFilter.Patterns(["zzz_none(", "/payments"])))
        XCTAssertFalse(filter.mayContainAny(TrigramFilter.Patterns(["refund_wallet("])))
        XCTAssertTrue(filter.mayContainAny(TrigramFilter.Patterns(["q("])), "too short to rule out")
        XCTAssertFalse(filter.mayContainAny(TrigramFilter.Patterns([])))

    }
}

final class AnyKeywordMatcherTests: XCTestCase {
    /// Built only to say whether any keyword occurs, the automaton answers that alone.
    func testAMatcherBuiltForContainsAnyFindsEveryKeyword() {
        let names = (0..<3000).map { "helper_\($0)_name" } + ["chargeCustomer", "DollrClient"]
        let matcher = KeywordPrefilter(keywords: names, reportingWhich: false)
        XCTAssertTrue(matcher.containsAny(in: Array("await CHARGECUSTOMER(x)".utf8)))
        XCTAssertTrue(matcher.containsAny(in: Array("x = helper_2999_name()".utf8)))
        XCTAssertFalse(matcher.containsAny(in: Array("helper_3000_nam helper__name dollrclien".utf8)))
        XCTAssertEqual(matcher.present(in: Array("chargeCustomer".utf8)), [])
    }
}

final class RequiredLiteralTests: XCTestCase {
    func requirements(_ pattern: String) -> [[String]] {
        RequiredLiteral.requirements(of: pattern).map { $0.map { String(decoding: $0, as: UTF8.self) } }
    }

    /// Every literal a match needs, alternations of names as one requirement, optional parts and lookarounds left out.
    func testRequirementsAreWhatEveryMatchContains() {
        XCTAssertEqual(requirements(#"http://(?:[a-z0-9-]+\.)*heydollr\.app\b"#), [["http://"], ["heydollr.app"]])
        XCTAssertEqual(
            requirements(#"\b(?:ssl_verify|verify_ssl|ssl_verification)\s*[=:]\s*(?:False|false|0)\b"#),
            [["ssl_verification", "ssl_verify", "verify_ssl"]])
        XCTAssertEqual(
            requirements(#"(?m)^(?>[^\n]*?\b(curl)\b)(?=[^\n]*?\s(?:-k|--insecure)\b)[^\n]*heydollr"#), [["curl"], ["heydollr"]])
        XCTAssertEqual(requirements(#"\bTCPConnector\s*\([^)\n]*\bssl\s*=\s*False\b|\bssl\s*=\s*False\b"#), [["false", "tcpconnector"]])
        XCTAssertEqual(requirements(#"(?<![.\w])(?:Insecure|trustAll)Certs"#), [["insecure", "trustall"], ["certs"]])
        XCTAssertEqual(requirements(#"(?<name>dollr)_(key)?secret"#), [["dollr"], ["secret"]])
        XCTAssertEqual(requirements(#"(?i:bearer)\s+\S+"#), [["bearer"]])
    }

    func testNothingIsRequiredWhenABranchOrTheWholeMayBeAbsent() {
        XCTAssertEqual(requirements(#"(?:dollr)?secret|token"#), [["secret", "token"]])
        XCTAssertEqual(requirements(#"(?:dollr)?se|token"#), [])
        XCTAssertEqual(requirements(#"(?:secret|x)y"#), [])
        XCTAssertEqual(requirements(#"(?:client_secret){0,1}=\w+"#), [])
        XCTAssertEqual(requirements(#"(?=dollr)\w+"#), [])
        XCTAssertEqual(requirements(#"(?x) dollr secret"#), [])
        XCTAssertEqual(requirements(#"(unclosed"#), [])
        let deep = String(repeating: "(", count: 100_000) + "dollr" + String(repeating: ")", count: 100_000)
        XCTAssertEqual(requirements(deep), [])
        XCTAssertEqual(requirements("dollr" + String(repeating: "[", count: 100_000)), [])
        XCTAssertEqual(requirements(String(repeating: "(", count: 64) + "dollr" + String(repeating: ")", count: 64)), [["dollr"]])
    }

    /// A pattern whose requirement a file lacks never runs there, and one whose requirements are met still finds.
    func testPatternRuleSkipsOnlyFilesThatCannotMatch() throws {
        let rule = try PatternRule(
            json: Array(
                """
                {"id": "t", "category": "integration", "severity": "warning", "title": "t", "rationale": "r", "fix": "f",
                 "help": "https://example.com", "message": "m", "keywords": [],
                 "patterns": [{"regex": "(?:verify_ssl|ssl_verify)\\\\s*=\\\\s*False", "scope": ["code"]}],
                 "examples": {"triggering": [], "non_triggering": []}}
                """.utf8), file: "t.json")
        XCTAssertEqual(rule.requiredLiterals.count, 1)
        let engine = ScanEngine(rules: [rule], knowledge: TestSupport.knowledge)
        let files = [
            InMemoryFile(path: "a.py", contents: "ssl_verify = False\n"), InMemoryFile(path: "b.py", contents: "verify = False\n"),
        ]
        XCTAssertEqual(engine.scan(files: files).findings.map(\.path), ["a.py"])
    }

    /// The engine's UTF-8 check agrees with the standard library's decoder on the edges of Table 3-7 (overlong
    /// forms, surrogates, past U+10FFFF, truncated sequences), at every offset from an eight-byte boundary, and on
    /// random bytes.
    func testUTF8ValidationAgreesWithTheStandardDecoder() {
        func decodes(_ bytes: [UInt8]) -> Bool {
            var it = bytes.makeIterator()
            var decoder = UTF8()
            while true {
                switch decoder.decode(&it) {
                case .scalarValue: continue
                case .emptyInput: return true
                case .error: return false
                }
            }
        }
        let sequences: [[UInt8]] = [
            [0x41], [0xC2, 0xA9], [0xC0, 0x80], [0xC1, 0xBF], [0xDF, 0xBF], [0xE0, 0x9F, 0xBF], [0xE0, 0xA0, 0x80], [0xE2, 0x82, 0xAC],
            [0xED, 0x9F, 0xBF], [0xED, 0xA0, 0x80], [0xEF, 0xBF, 0xBF], [0xF0, 0x8F, 0xBF, 0xBF], [0xF0, 0x90, 0x80, 0x80],
            [0xF4, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xFF], [0x80], [0xE2, 0x82], [0xF0, 0x9F, 0x98],
            [0xE2, 0x41, 0xAC], [0xF0, 0x9F, 0x41, 0x80],
        ]
        for sequence in sequences {
            for offset in 0..<10 {
                for tail in [[], [0x41], Array(repeating: UInt8(0x42), count: 9)] {
                    let bytes = Array(repeating: UInt8(0x20), count: offset) + sequence + tail
                    XCTAssertEqual(ScanEngine.isValidUTF8(bytes), decodes(bytes), "\(bytes)")
                }
            }
        }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            // Mostly ASCII with high bytes sprinkled in, as real files are.
            let bytes = (0..<Int.random(in: 0..<40, using: &generator)).map { _ in
                Bool.random(using: &generator)
                    ? UInt8.random(in: 0x20...0x7E, using: &generator) : UInt8.random(in: 0x80...0xFF, using: &generator)
            }
            XCTAssertEqual(ScanEngine.isValidUTF8(bytes), decodes(bytes), "\(bytes)")
        }
        XCTAssertTrue(ScanEngine.isValidUTF8(Array("naïve café, 日本語, 😀".utf8)))
    }
}
