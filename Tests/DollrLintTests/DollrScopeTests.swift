import XCTest
@testable import DollrLintCore

/// `DollrScope`: each reason a file is Dollr's, the reason carried by the finding, and the same code reported
/// nowhere once nothing in it (or in the modules it uses) is Dollr's.
final class DollrScopeTests: XCTestCase {
    func scopes(_ files: [String: String], rule: RuleID) -> [String] {
        TestSupport.findings(files, rules: [rule.rawValue]).filter { $0.rule == rule }.map { "\($0.path):\($0.line) \($0.dollrScope)" }
    }

    let logsPhone = "export function pay(phone) {\n  console.log('paying from', phone);\n}\n"

    func testEachReasonIsCarriedByTheFinding() {
        XCTAssertEqual(
            scopes(["src/dollr/pay.js": logsPhone], rule: "sensitive-data-logging"),
            ["src/dollr/pay.js:2 the path src/dollr/pay.js names Dollr"])
        XCTAssertEqual(
            scopes(["src/pay.js": "const base = process.env.DOLLR_BASE_URL;\n" + logsPhone], rule: "sensitive-data-logging"),
            ["src/pay.js:3 `DOLLR_BASE_URL` at line 1 names Dollr"])
        XCTAssertEqual(
            scopes(["src/pay.js": "// Collections through Dollr\n" + logsPhone], rule: "sensitive-data-logging"),
            ["src/pay.js:3 a comment or prose names Dollr"])
        let exact = """
            const r = await fetch(`${BASE}/v1/executions/collection`, { method: 'POST', body, signal });
            const execution = await r.json();
            console.log(execution);
            """
        XCTAssertEqual(scopes(["src/pay.js": exact], rule: "sensitive-data-logging"), ["src/pay.js:3 it calls /v1/executions/collection"])
    }

    func testOtherProvidersCodeIsNotReported() {
        XCTAssertEqual(scopes(["src/pay.js": logsPhone], rule: "sensitive-data-logging"), [])
        // Razorpay's orders are not Dollr's: a hole where Dollr has `create` or `list` is no exact match.
        let razorpay = """
            const r = await fetch(`${BASE}/v1/orders/${id}`, { signal });
            const order = await r.json();
            console.log(order, phone);
            """
        XCTAssertEqual(scopes(["src/pay.js": razorpay], rule: "sensitive-data-logging"), [])
        // ...but an execution is Dollr's word, wherever it is logged.
        let execution = razorpay.replacingOccurrences(of: "order", with: "execution")
        XCTAssertEqual(
            scopes(["src/pay.js": execution], rule: "sensitive-data-logging"),
            ["src/pay.js:3 `execution` holds a Dollr execution"])
        XCTAssertEqual(
            scopes(
                ["internal/invoice.go": "package invoice\n\nfunc f() { c.Call(\"POST\", \"/v1/invoice/finalize\") }\n"],
                rule: "unknown-endpoint"), [])
        XCTAssertEqual(
            scopes(
                ["internal/dollr/invoice.go": "package dollr\n\nfunc f() { c.Call(\"POST\", \"/v1/invoice/finalize\") }\n"],
                rule: "unknown-endpoint"
            ).count, 1)
    }

    /// A Kotlin screen that logs the payer's phone and calls the shop's backend client, whose file names Dollr.
    func testAModuleOfTheProjectThatNamesDollr() {
        let screen = """
            package lr.shop.ui

            import android.util.Log
            import lr.shop.data.MarketApi

            class Checkout(private val api: MarketApi) {
                fun pay(phone: String) {
                    Log.i(TAG, "paying from $phone")
                    api.pay(phone)
                }
            }
            """
        let root = "app/src/main/java/lr/shop"
        let client = "package lr.shop.data\n\n/** The shop's backend; it makes every Dollr call. */\nclass MarketApi\n"
        XCTAssertEqual(
            scopes(["\(root)/ui/Checkout.kt": screen, "\(root)/data/MarketApi.kt": client], rule: "sensitive-data-logging"),
            ["\(root)/ui/Checkout.kt:8 it uses \(root)/data/MarketApi.kt, which names Dollr"])
        let other = "package lr.shop.data\n\n/** The shop's backend. */\nclass MarketApi\n"
        XCTAssertEqual(scopes(["\(root)/ui/Checkout.kt": screen, "\(root)/data/MarketApi.kt": other], rule: "sensitive-data-logging"), [])
        // Swift: a type declared in a file of its name beside the model.
        let model = """
            final class Checkout {
                private let api: MarketAPI
                func pay(phone: String) {
                    print("paying \\(phone)")
                }
            }
            """
        let api = "// Calls Dollr from the server.\nstruct MarketAPI {}\n"
        XCTAssertEqual(
            scopes(["Sources/Shop/Checkout.swift": model, "Sources/Shop/MarketAPI.swift": api], rule: "sensitive-data-logging"),
            ["Sources/Shop/Checkout.swift:4 it uses Sources/Shop/MarketAPI.swift, which names Dollr"])
    }

    /// `DOLLR_LINT_DEBUG` prints each reason on stderr, beside any report format; without it nothing is printed.
    func testDebugLinesOnStderr() throws {
        let dir = TestSupport.temporaryDirectory()
        TestSupport.write(["src/dollr/pay.js": logsPhone], to: dir)
        setenv("DOLLR_LINT_DEBUG", "1", 1)
        let debug = try TestSupport.run([dir.path, "--format", "json"])
        unsetenv("DOLLR_LINT_DEBUG")
        let line = "dollr-lint: debug: src/dollr/pay.js:2 sensitive-data-logging: Dollr scope: the path src/dollr/pay.js names Dollr"
        XCTAssertTrue(debug.stderr.contains(line), debug.stderr)
        let quiet = try TestSupport.run([dir.path, "--format", "json"])
        XCTAssertFalse(quiet.stderr.contains("debug"), quiet.stderr)
    }

    /// The directive is found whatever the line endings and indentation; a mention further down or in a comment is not one.
    func testUseClientDirectiveInAnyLineEnding() {
        XCTAssertTrue(ClientCodeClassifier.directive("\"use client\";\r\nexport function Pay() {}\r\n".utf8, "use client"))
        XCTAssertTrue(ClientCodeClassifier.directive("// pay button\n\t'use client'\t\nexport default 1\n".utf8, "use client"))
        XCTAssertFalse(ClientCodeClassifier.directive("// \"use client\";\nexport default 1\n".utf8, "use client"))
        XCTAssertFalse(ClientCodeClassifier.directive("\"use server\";\n".utf8, "use client"))
    }

    func testLoggerWordsAreWholeWords() {
        XCTAssertEqual(LogCallFinder.words(of: "WC_Stripe_Logger"), ["wc", "stripe", "logger"])
        XCTAssertEqual(LogCallFinder.words(of: "appLogger"), ["app", "logger"])
        XCTAssertEqual(LogCallFinder.words(of: "$log"), ["log"])
        XCTAssertEqual(LogCallFinder.words(of: "catalogue"), ["catalogue"])
    }
}

final class SecretHeuristicsTests: XCTestCase {
    /// Words split at separators, and short values also at case and letter/digit changes; ASCII values take a byte
    /// path, others Character properties, with one meaning.
    func testValueWordsSplitTheSameWayWhateverTheAlphabet() {
        XCTAssertEqual(SecretHeuristics.words("sk_test_ABC"), ["sk", "test", "abc"])
        XCTAssertEqual(SecretHeuristics.words("YourSecret42"), ["your", "secret", "42"])
        XCTAssertEqual(SecretHeuristics.words("YOUR_CLIENT_SECRET"), ["your", "client", "secret"])
        // 24 characters or more: only separators split (a random value holds chance words).
        XCTAssertEqual(SecretHeuristics.words("aB3dEfGh9JkLmNoPqRsTuVwX-yz"), ["ab3defgh9jklmnopqrstuvwx", "yz"])
        XCTAssertEqual(SecretHeuristics.words("ÿourSecret42"), ["ÿour", "secret", "42"])
        XCTAssertEqual(SecretHeuristics.words("  --  "), [])
        XCTAssertTrue(SecretHeuristics.isPlaceholder(" your-secret "))
        XCTAssertTrue(SecretHeuristics.isPlaceholder("\u{A0}changeme"))
        XCTAssertFalse(SecretHeuristics.isPlaceholder("q8Zr3LmT0vXa9Kd2Wn5Yb7Pc1Hs4Gj6F"))
    }

    /// The byte test in front of the comment-assignment regex lets through every comment the regex can match.
    func testCommentAssignmentPrefilterKeepsWhatTheRegexMatches() {
        let comments = [
            "// DOLLR_CLIENT_SECRET=q8Zr3LmT0vXa9Kd2Wn5Yb7Pc", "# client_secret: 'q8Zr3LmT0vXa9Kd2Wn5Yb7Pc'",
            "/* secret =>\n\t \"q8Zr3LmT0vXa9Kd2Wn5Yb7Pc\" */", "// key:\u{A0}q8Zr3LmT0vXa9Kd2Wn5Yb7Pc", "// TODO: fix this",
            "// a = b", "// token: short", "// ratio 3:4",
        ]
        for c in comments {
            let regexMatches =
                HardcodedSecretRule.commentAssignment.firstMatch(in: c, range: NSRange(location: 0, length: (c as NSString).length)) != nil
            XCTAssertEqual(HardcodedSecretRule.mayHoldAssignment(c), regexMatches, c)
        }
    }
}
