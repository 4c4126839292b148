import XCTest
@testable import DollrLintCore

/// No report, in any format, contains a secret any rule saw: hundreds of secret shapes planted in every language the
/// secret rules read, at the start (of a cut window), middle and end of lines, in context lines, on long lines where a
/// snippet window cuts them, and on lines that also trigger other rules; every output is searched for any 8-character
/// piece of every secret.
final class MaskingInvariantTests: XCTestCase {
    /// Deterministic, so a failure names the same secret on every run.
    struct SplitMix {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E3779B97F4A7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
            z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
        mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
    }

    static let alphabets: [[Character]] = [
        Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"),
        Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"),
        Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"),
        Array("0123456789abcdef"),
    ]

    /// A random credential of `length` characters with upper case, lower case and digits (hex: digits and letters).
    static func secret(length: Int, alphabet: [Character], rng: inout SplitMix) -> String {
        while true {
            let s = String((0..<length).map { _ in rng.pick(alphabet) })
            let hasDigit = s.contains(where: \.isNumber), hasLetter = s.contains(where: \.isLetter)
            let mixedCase = alphabet.count == 16 || (s.contains(where: \.isUppercase) && s.contains(where: \.isLowercase))
            // A value the rules rightly call a placeholder (`...abcdef...`) is not a secret to plant.
            if hasDigit && hasLetter && mixedCase && !SecretHeuristics.isPlaceholder(s) && !s.hasPrefix("/") { return s }
        }
    }

    /// A Dollr access token: a JWT whose issuer names Dollr.
    static func jwt(rng: inout SplitMix) -> String {
        func b64url(_ s: String) -> String {
            Data(s.utf8).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
                .replacingOccurrences(of: "=", with: "")
        }
        let subject = secret(length: 12, alphabet: alphabets[0], rng: &rng)
        let signature = secret(length: 43, alphabet: alphabets[1], rng: &rng)
        return b64url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + b64url("{\"iss\":\"https://api.heydollr.app\",\"sub\":\"\(subject)\"}")
            + "." + signature
    }

    /// Where a secret goes: a file name and its contents around the secret `S`.
    struct Plant {
        let path: String
        let contents: String
    }

    /// Files that plant `s`; `pad` (spaces) moves it against the ±160-byte snippet window of a finding on the same line.
    static func plants(_ s: String, pad: Int, index: Int) -> [Plant] {
        let spaces = String(repeating: " ", count: pad)
        let filler = "const banner = \"" + String(repeating: "dollr payments ", count: 14) + "\";"
        return [
            Plant(path: "env\(index)/.env", contents: "DOLLR_CLIENT_SECRET=\(s)\n"),
            Plant(path: "pub\(index)/.env.local", contents: "NEXT_PUBLIC_DOLLR_CLIENT_SECRET=\(s)\n"),
            Plant(path: "js\(index)/a.js", contents: "const DOLLR_CLIENT_SECRET = \"\(s)\"; console.log(\"dollr\", token);\n"),
            Plant(path: "js\(index)/b.js", contents: "console.log(\"dollr\", token); const DOLLR_CLIENT_SECRET = \"\(s)\";\n"),
            // In the context lines of a finding two lines below.
            Plant(path: "js\(index)/c.js", contents: "const dollr = {\n  clientSecret: \"\(s)\",\n};\nconsole.log(\"dollr\", token);\n"),
            Plant(
                path: "js\(index)/long.js",
                contents: "\(filler) console.log(\"dollr\", token);\(spaces)const DOLLR_CLIENT_SECRET = \"\(s)\";\(spaces)\(filler)\n"),
            Plant(
                path: "js\(index)/longer.js",
                contents: "\(filler)\(spaces)const DOLLR_CLIENT_SECRET = \"\(s)\";\(spaces)console.log(\"dollr\", token); \(filler)\n"),
            Plant(
                path: "ts\(index)/dollr.ts",
                contents: "export const dollrClientSecret: string = '\(s)';\nlogger.info(`dollr ${token}`);\n"),
            Plant(path: "py\(index)/dollr.py", contents: "DOLLR_CLIENT_SECRET = \"\(s)\"  # dollr\nprint(\"dollr token\", token)\n"),
            Plant(path: "php\(index)/dollr.php", contents: "<?php\n$dollrClientSecret = '\(s)'; error_log('dollr ' . $token);\n"),
            Plant(path: "go\(index)/dollr.go", contents: "package dollr\n\nconst DollrClientSecret = \"\(s)\"\n"),
            Plant(path: "yaml\(index)/config.yaml", contents: "dollr:\n  client_secret: \"\(s)\"\n"),
            Plant(path: "json\(index)/config.json", contents: "{\"dollr\": {\"client_id\": \"merchant\", \"client_secret\": \"\(s)\"}}\n"),
        ]
    }

    func testNoPlantedSecretAppearsInAnyOutput() throws {
        var rng = SplitMix(state: 0xD011A)
        var secrets: [String] = []
        var files: [InMemoryFile] = []
        for index in 0..<40 {
            let s =
                index % 8 == 7
                ? MaskingInvariantTests.jwt(rng: &rng)
                : MaskingInvariantTests.secret(length: 16 + rng.below(49), alphabet: rng.pick(MaskingInvariantTests.alphabets), rng: &rng)
            secrets.append(s)
            let planted = MaskingInvariantTests.plants(s, pad: 100 + rng.below(90), index: index)
            files += planted.map { InMemoryFile(path: $0.path, contents: $0.contents) }
        }
        // Short client secrets in public env files: the shape masks only long runs, the values the rules saw mask these.
        for index in 40..<100 {
            let s = MaskingInvariantTests.secret(length: 12 + rng.below(12), alphabet: MaskingInvariantTests.alphabets[0], rng: &rng)
            secrets.append(s)
            let contents = "NEXT_PUBLIC_DOLLR_CLIENT_SECRET=\(s)\nVITE_DOLLR_CLIENT_SECRET=\(s)\n"
            files.append(InMemoryFile(path: "short\(index)/.env", contents: contents))
        }
        let report = TestSupport.scanner().scan(files: files, jobs: 2)

        // Not vacuous: every planted value was reported by some secret rule.
        let secretFindings = report.findings.filter { $0.category == .secrets }
        for dir in Set(files.map { $0.path.split(separator: "/")[0] }) {
            XCTAssertTrue(secretFindings.contains { $0.path.hasPrefix(dir + "/") }, "no secret finding in \(dir)")
        }

        var outputs: [(String, String)] = []
        for format in ["text", "json", "sarif", "github", "junit", "html", "markdown"] {
            guard let reporter = DollrLint.reporter(named: format) else { continue }
            var options = ReportOptions()
            options.rules = RuleCatalog.descriptions(TestSupport.allRules)
            outputs.append((format, reporter.render(report, options: options)))
        }
        XCTAssertGreaterThanOrEqual(outputs.count, 5)
        let baseline = TestSupport.temporaryDirectory().appendingPathComponent("baseline.json")
        try Baseline(findings: report.findings).write(to: baseline.path)
        outputs.append(("baseline", try String(contentsOf: baseline, encoding: .utf8)))
        outputs.append(("context lines", report.findings.flatMap { $0.context }.joined(separator: "\n")))

        // Every 8-byte piece of every secret (all ASCII), packed into a UInt64, so each output is read once.
        var pieces: [UInt64: String] = [:]
        for secret in secrets {
            let bytes = Array(secret.utf8)
            for start in 0...(bytes.count - 8) { pieces[MaskingInvariantTests.pack(bytes[start..<(start + 8)])] = secret }
        }
        for (format, text) in outputs {
            let bytes = Array(text.utf8)
            guard bytes.count >= 8 else { continue }
            for start in 0...(bytes.count - 8) {
                if let secret = pieces[MaskingInvariantTests.pack(bytes[start..<(start + 8)])] {
                    let context = String(decoding: bytes[max(0, start - 60)..<min(bytes.count, start + 68)], as: UTF8.self)
                    XCTFail("\(format) output contains a piece of planted secret \(secret): ...\(context)...")
                    return
                }
            }
        }
    }

    static func pack(_ eight: ArraySlice<UInt8>) -> UInt64 {
        eight.reduce(0) { $0 << 8 | UInt64($1) }
    }

    func testAnotherFindingOnTheLineDoesNotPrintTheSecretAHardcodedFindingMasks() throws {
        let line = "const DOLLR_CLIENT_SECRET = \"Pv3Jx7Rk1Wm5Qz9Lc2Bn\"; console.log(\"dollr\", token);\n"
        let findings = TestSupport.findings(["a.js": line])
        XCTAssertEqual(Set(findings.map { $0.rule }), ["hardcoded-secret", "token-logging"])
        for f in findings {
            XCTAssertFalse(f.snippet.contains("Jx7Rk1Wm"), f.snippet)
            XCTAssertTrue(f.snippet.contains("Pv3****"), f.snippet)
        }
        // The caret still points at the logged token, though the snippet got shorter before it.
        let logging = try XCTUnwrap(findings.first { $0.rule == "token-logging" })
        let scalars = logging.snippet.unicodeScalars
        let caret = scalars.index(scalars.startIndex, offsetBy: logging.column - 1 - logging.snippetTrim)
        XCTAssertTrue(String(scalars[caret...]).hasPrefix("token);"), String(scalars[caret...]))
    }

    func testSecretRulesTurnedOffStillTellTheMaskerWhatToHide() throws {
        let line = "const DOLLR_CLIENT_SECRET = \"Pv3Jx7Rk1Wm5Qz9Lc2Bn\"; console.log(\"dollr\", token);\n"
        let logging = TestSupport.allRules.filter { $0.id == "token-logging" }
        let secretRules = TestSupport.allRules.filter { $0.description.category == .secrets }
        let engine = ScanEngine(rules: logging, knowledge: TestSupport.knowledge, maskingRules: secretRules)
        let report = engine.scan(files: [InMemoryFile(path: "a.js", contents: line)])
        XCTAssertEqual(report.findings.map { $0.rule }, ["token-logging"])
        XCTAssertEqual(report.findings.first?.snippet, "const DOLLR_CLIENT_SECRET = \"Pv3****\"; console.log(\"dollr\", token);")
        let dir = TestSupport.temporaryDirectory()
        TestSupport.write(["a.js": line, "off.json": "{\"version\": 1, \"rules\": {\"hardcoded-secret\": \"off\"}}"], to: dir)
        for args in [["--only", "token-logging"], ["--disable", "hardcoded-secret"], ["--config", "off.json"]] {
            let run = try TestSupport.run(["a.js", "--format", "json"] + args, cwd: dir)
            XCTAssertEqual(run.status, 1, run.stderr)
            XCTAssertFalse(run.stdout.contains("Jx7Rk1Wm"), "\(args): \(run.stdout)")
            XCTAssertFalse(run.stdout.contains("hardcoded-secret"), "\(args): \(run.stdout)")
        }
    }

    func testShortPublicEnvSecretIsMasked() {
        let findings = TestSupport.findings([".env": "NEXT_PUBLIC_DOLLR_CLIENT_SECRET=Tr5Nq8Lw2Vz6Hm3Kx9\n"])
        XCTAssertEqual(findings.map { $0.rule }, ["public-env-secret"])
        XCTAssertEqual(findings.first?.snippet, "NEXT_PUBLIC_DOLLR_CLIENT_SECRET=Tr5****")
        // A placeholder is not a secret: shown as it is.
        let placeholder = TestSupport.findings([".env": "NEXT_PUBLIC_DOLLR_CLIENT_SECRET=your-client-secret\n"])
        XCTAssertEqual(placeholder.first?.snippet, "NEXT_PUBLIC_DOLLR_CLIENT_SECRET=your-client-secret")
    }

    func testWindowEdgeFragmentOfAKnownSecretIsMasked() {
        let masker = SecretValueMasker(values: [Array("Qx7Lm2Vb9Kp4Wz8Rt3Nc6Hy1Jd5Fg0Ss".utf8)])
        // A window that starts inside the secret, and one that ends inside it.
        XCTAssertEqual(masker.mask("Wz8Rt3Nc6Hy1Jd5Fg0Ss\"; console.log(x)"), "****\"; console.log(x)")
        XCTAssertEqual(masker.mask("const s = \"Qx7Lm2Vb9Kp4Wz8R"), "const s = \"Qx7****")
        // Look-alikes stay: a short edge that merely resembles, and text that shares no fragment.
        XCTAssertEqual(masker.mask("Ss\"; done"), "Ss\"; done")
        XCTAssertEqual(masker.mask("const s = process.env.DOLLR_CLIENT_SECRET"), "const s = process.env.DOLLR_CLIENT_SECRET")
        // Every occurrence, not only the first; values too short to mask everywhere are left to the rule's own range.
        XCTAssertEqual(masker.mask("a Qx7Lm2Vb9Kp4Wz8Rt3Nc6Hy1Jd5Fg0Ss b Qx7Lm2Vb9Kp4Wz8Rt3Nc6Hy1Jd5Fg0Ss"), "a Qx7**** b Qx7****")
        XCTAssertTrue(SecretValueMasker(values: [Array("abc12".utf8)]).isEmpty)
        XCTAssertEqual(SecretValueMasker(values: [Array("Ab3dEf9h".utf8)]).mask("x=Ab3dEf9h;"), "x=Ab****;")
        // A window edge shorter than 8 bytes shows no 8-character piece: left as it is.
        XCTAssertEqual(masker.mask("Fg0Ss\"; done"), "Fg0Ss\"; done")
    }

    func testLongLineWindowCutsNoSecretFragmentThroughOtherFindings() {
        let secret = "Qx7Lm2Vb9Kp4Wz8Rt3Nc6Hy1Jd5Fg0Ss"
        for pad in stride(from: 120, through: 180, by: 3) {
            let line =
                "console.log(\"dollr\", token);" + String(repeating: " ", count: pad) + "const DOLLR_CLIENT_SECRET = \"\(secret)\";"
                + String(repeating: " x", count: 200) + "\n"
            let findings = TestSupport.findings(["long.js": line])
            XCTAssertTrue(findings.contains { $0.rule == "token-logging" }, "pad \(pad)")
            for f in findings {
                let chars = Array(secret)
                for start in 0...(chars.count - 8) where f.snippet.contains(String(chars[start..<(start + 8)])) {
                    XCTFail("pad \(pad): \(f.rule) snippet leaks \(String(chars[start..<(start + 8)])): \(f.snippet)")
                }
            }
        }
    }

    func testValidateMasksACredentialInTheWrongField() throws {
        let result = try PayloadValidation.run(
            payload: Array("{\"currency\": \"Zk4pW9qL2xR7Tb3Nc8Vm5Hq1\"}".utf8), payloadName: "p.json",
            endpoint: "POST /v1/executions/collection", query: [:], knowledge: TestSupport.knowledge)
        let currency = result.problems.first { $0.loc.last == .key("currency") }
        XCTAssertNotNil(currency)
        XCTAssertFalse(result.json().contains("Zk4pW9qL2x"), result.json())
        XCTAssertTrue(currency?.msg.contains("Zk4****") ?? false, currency?.msg ?? "")
        // A plain wrong value is still echoed: it says what to fix.
        let plain = try PayloadValidation.run(
            payload: Array("{\"currency\": \"DOLLARS\"}".utf8), payloadName: "p.json",
            endpoint: "POST /v1/executions/collection", query: [:], knowledge: TestSupport.knowledge)
        XCTAssertTrue(plain.json().contains("'DOLLARS'"), plain.json())
    }

    func testBinaryOutputsMaskTheReproducers() throws {
        let dir = TestSupport.temporaryDirectory()
        TestSupport.write(
            [
                "a.js": "const DOLLR_CLIENT_SECRET = \"Pv3Jx7Rk1Wm5Qz9Lc2Bn\"; console.log(\"dollr\", token);\n",
                ".env": "NEXT_PUBLIC_DOLLR_CLIENT_SECRET=Tr5Nq8Lw2Vz6Hm3Kx9\n",
            ], to: dir)
        let baseline = dir.appendingPathComponent("baseline.json").path
        for format in ["text", "json", "sarif", "github", "junit"] {
            let run = try TestSupport.run([dir.path, "--format", format, "--no-color", "--write-baseline", baseline])
            XCTAssertEqual(run.status, 0, run.stderr)
            for piece in ["Jx7Rk1Wm", "Nq8Lw2Vz"] {
                XCTAssertFalse(run.stdout.contains(piece) || run.stderr.contains(piece), "\(format): \(run.stdout)")
            }
        }
        XCTAssertFalse(try String(contentsOfFile: baseline, encoding: .utf8).contains("Jx7Rk1Wm"))
    }
}
