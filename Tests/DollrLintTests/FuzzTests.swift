import XCTest
@testable import DollrLintCore

/// Random and mutated inputs for every language family through every rule (the library's in-memory scan): no crash,
/// every scan returns, and every finding points inside its file. Seeded, so a failure reproduces.
final class FuzzTests: XCTestCase {
    /// A small deterministic generator (SplitMix64): the same inputs on every run and platform.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(n, 1))) }
        mutating func pick<T>(_ a: [T]) -> T { a[below(a.count)] }
    }

    /// One seed file per family: real-looking Dollr integration code the mutations start from.
    static let seeds: [(path: String, code: String)] = [
        (
            "src/dollr.ts",
            "const token = await getDollrToken();\nconsole.log(`t ${token}`, { headers: { Authorization: `Bearer ${token}` } });\n"
        ),
        (
            "src/pay.js",
            "fetch(\"https://api.heydollr.app/v1/executions/collection\", { method: 'POST', body: JSON.stringify(p) }).then(r => "
                + "r.json());\n"
        ),
        (
            "app/dollr.py",
            "r = requests.post(f\"{BASE}/v1/jwt/client/obtain\", json={\"client_secret\": SECRET}, verify=False)\nlogger.info(r.json())\n"
        ),
        ("app/dollr.rb", "token = ENV['DOLLR_CLIENT_SECRET']\nputs \"secret=#{token}\"\nRails.logger.info(headers)\n"),
        (
            "app/Dollr.php",
            "<?php\n$r = Http::withToken($t)->withoutVerifying()->post(\"https://api.heydollr.app/v1/executions/collection\", $p);"
                + "\necho $t;\n"
        ),
        (
            "dollr/client.go",
            "package dollr\nfunc f(token string) {\n\tlog.Printf(\"token %s\", token)\n\treq.Header.Set(\"Authorization\", \"Bearer "
                + "\"+token)\n}\n"
        ),
        ("src/Dollr.java", "@PostMapping(\"/pay\")\npublic void pay() { String token = dollr.getToken(); System.out.println(token); }\n"),
        ("src/Dollr.kt", "val token = dollrClient.token()\nLog.d(\"dollr\", \"token=$token ${token.length}\")\n"),
        ("src/Dollr.cs", "var token = await dollr.GetTokenAsync();\n_logger.LogInformation($\"token {token}\");\n"),
        ("src/dollr.rs", "let token = dollr.token().await?;\nprintln!(\"{}\", token);\ninfo!(\"{token:?}\");\n"),
        (
            "Sources/Dollr.swift",
            "let token = try await dollr.token()\nprint(\"token \\(token)\")\nlogger.info(\"\\(token, privacy: .private)\")\n"
        ),
        (
            "scripts/pay.sh",
            "TOKEN=$(curl -k -s https://api.heydollr.app/v1/jwt/client/obtain -d \"{\\\"client_secret\\\": \\\"$S\\\"}\")\necho "
                + "\"$TOKEN\"\n"
        ),
        ("deploy/app.yaml", "env:\n  - name: DOLLR_CLIENT_SECRET\n    value: Pv3Jx7Rk1Wm5Qz9Lc2BnTr5Nq8Lw\n  verify_ssl: false\n"),
        (
            "config/dollr.json",
            "{\"dollr\": {\"client_secret\": \"Pv3Jx7Rk1Wm5Qz9Lc2BnTr5Nq8Lw\", \"base\": \"http://api.heydollr.app\"}}\n"
        ),
        (".env", "NEXT_PUBLIC_DOLLR_CLIENT_SECRET=Tr5Nq8Lw2Vz6Hm3Kx9\nDOLLR_CLIENT_ID=abc\n"),
        ("docs/README.md", "# Dollr\n```js\nconsole.log(token)\n```\n```python\nrequests.get(url, verify=False)\n```\n"),
    ]

    static let inputsPerFamily = 1_000

    /// Characters that open, close, quote, escape and interpolate in some family.
    static let syntax = [
        "(", ")", "[", "]", "{", "}", "\"", "'", "`", "\\", "$", "${", "#{", "\\(", "f\"", "<<", "\n", " ", ",", ";", ":",
        "=", "=>", "->", "/*", "*/", "//", "#", "<!--", "```", "@", "é", "\u{FFFD}", "\t", "r#\"", "\"\"\"", "%", "?.",
    ]

    func mutate(_ code: String, _ g: inout Generator) -> String {
        var bytes = Array(code.utf8)
        for _ in 0..<(1 + g.below(6)) {
            let at = g.below(bytes.count + 1)
            switch g.below(5) {
            case 0: bytes.insert(contentsOf: Array(g.pick(FuzzTests.syntax).utf8), at: at)
            case 1: if at < bytes.count { bytes.remove(at: at) }
            case 2:  // splice another part of the file in (duplicated openers, repeated statements)
                let from = g.below(bytes.count), len = g.below(40)
                bytes.insert(contentsOf: bytes[from..<min(bytes.count, from + len)], at: min(at, bytes.count))
            case 3: if at < bytes.count { bytes[at] = UInt8(truncatingIfNeeded: g.next()) }  // any byte, invalid UTF-8 included
            default: bytes.insert(contentsOf: Array(String(repeating: g.pick(FuzzTests.syntax), count: 1 + g.below(30)).utf8), at: at)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    func randomText(_ g: inout Generator) -> String {
        (0..<(1 + g.below(60))).map { _ in g.below(3) == 0 ? String(UnicodeScalar(UInt8(32 + g.below(95)))) : g.pick(FuzzTests.syntax) }
            .joined()
    }

    func testMutatedAndRandomInputsThroughEveryRule() {
        let engine = TestSupport.scanner()
        var g = Generator(state: 0xD011_A5EED)
        var scanned = 0
        for seed in FuzzTests.seeds {
            var files: [InMemoryFile] = []
            for round in 0..<FuzzTests.inputsPerFamily {
                let text = round % 4 == 3 ? randomText(&g) : mutate(seed.code, &g)
                files.append(InMemoryFile(path: seed.path.replacingOccurrences(of: ".", with: "\(round)."), contents: text))
            }
            let report = engine.scan(files: files)
            scanned += files.count
            XCTAssertEqual(report.summary.skipped.tooComplex, 0, seed.path)
            let sizes = Dictionary(files.map { ($0.path, $0.bytes) }, uniquingKeysWith: { a, _ in a })
            for f in report.findings {
                let lines = (sizes[f.path].map { $0.filter { $0 == 0x0A }.count } ?? 0) + 1
                XCTAssertTrue(f.line >= 1 && f.line <= lines && f.column >= 1, "\(f.path):\(f.line):\(f.column) \(f.rule)")
            }
        }
        XCTAssertEqual(scanned, FuzzTests.seeds.count * FuzzTests.inputsPerFamily)
    }
}
