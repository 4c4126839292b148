/// Inputs built to make an analyser super-linear: deep nesting, long lines, repeated openers, runs that a regex could
/// backtrack over. The shape test checks that the work they cost grows linearly with their size, and
/// `dollr-lint-bench shapes` times them; both read them from here so they test the same thing.
public enum PathologicalShapes {
    public struct Shape: Sendable {
        public let name: String
        public let path: String
        /// The file's text at a size factor (1 = the base size, about `baseBytes`).
        public let make: @Sendable (_ factor: Int) -> String
    }

    /// Each shape's text at factor 1 is about this many bytes.
    public static let baseBytes = 2_000

    /// Words that let every rule's prefilter through, so each shape reaches every rule.
    static let header = "dollr log puts echo print console token secret http:// curl verify api_key DOLLR_CLIENT_SECRET fetch requests\n"

    static func repeated(_ unit: String, _ factor: Int, prefix: String = header) -> String {
        prefix + String(repeating: unit, count: max(1, baseBytes * factor / unit.utf8.count))
    }

    /// `depth` nested calls of `name` around `inner`, balanced.
    static func nested(_ name: String, _ inner: String, depth: Int) -> String {
        String(repeating: name + "(", count: depth) + inner + String(repeating: ")", count: depth)
    }

    public static let all: [Shape] = [
        Shape(name: "ruby nested log commands", path: "x.rb") { repeated("{puts x ", $0, prefix: "# " + header) },
        Shape(name: "shell nested echo groups", path: "x.sh") { repeated("{ echo $TOKEN ", $0, prefix: "# " + header) },
        Shape(name: "js unclosed nested log calls", path: "x.js") { f in
            repeated(String(repeating: "console.log(", count: 40) + "a b c d e f g h i j)\n", f, prefix: "// " + header)
        },
        Shape(name: "js balanced nested log calls", path: "y.js") { f in
            repeated(nested("console.log", "token", depth: 60) + "\n", f, prefix: "// " + header)
        },
        Shape(name: "js one deep balanced nest", path: "z.js") { f in
            "// " + header + nested("a", "token", depth: baseBytes * f / 3)
        },
        Shape(name: "curl -k repeated", path: "x.txt") { repeated("curl -k ", $0) },
        Shape(name: "ruby f\"{ repeated", path: "f.rb") { repeated("f\"{", $0, prefix: "# " + header) },
        Shape(name: "shell f\"{ repeated", path: "f.sh") { repeated("f\"{", $0, prefix: "# " + header) },
        Shape(name: "python f\"{ repeated", path: "f.py") { repeated("f\"{", $0, prefix: "# " + header) },
        Shape(name: "markdown code fences", path: "README.md") { repeated("```js\nconsole.log(token)\n```\ntext\n", $0) },
        Shape(name: "go.sum base64 hashes", path: "go.sum") { f in
            repeated("github.com/dollr/mod v1.2.0 h1:Zk4pW9qL2xTr5Nq8Lw2Vz6Hm3Kx9Pv3Jx7Rk1Wm5Qz9=\n", f, prefix: "")
        },
        Shape(name: "minified bundle", path: "dist/app.min.js") { f in
            repeated(
                "function f(a,b){return a.map(function(x){return x*2})};var o={k:\"v\",m(y){console.log(y)}};@d class C{}", f, prefix: "")
        },
        Shape(name: "chained assignments", path: "a.js") { repeated("a=b=", $0, prefix: "// " + header) },
        Shape(name: "long member chain", path: "b.js") { repeated(".a()", $0, prefix: "// " + header + "x") },
        Shape(name: "open brackets then closers", path: "c.js") { f in
            "// " + header + String(repeating: "(", count: baseBytes * f / 2) + String(repeating: "]", count: baseBytes * f / 2)
        },
        Shape(name: "nested quotes and interpolation", path: "d.ts") { f in
            repeated("`${'\"${`", f, prefix: "// " + header)
        },
        Shape(name: "python nested defs on one line", path: "e.py") { repeated("def f(): ", $0, prefix: "# " + header) },
        Shape(name: "eyJ run (jwt-like)", path: "g.js") { repeated("eyJ", $0, prefix: "// " + header + "'") },
        Shape(name: "long name run in a comment", path: "h.py") { repeated("abcdefgh", $0, prefix: "# " + header + "# ") },
        // Data the issue names beside code: lockfiles, huge JSON, base64 blobs, data URIs, long template literals.
        Shape(name: "yarn.lock entries", path: "yarn.lock") { f in
            repeated(
                "\"dollr-sdk@^1.2.0\":\n  version \"1.2.3\"\n  resolved \"https://registry.yarnpkg.com/dollr-sdk/-/dollr-sdk-1.2.3.tgz\"\n"
                    + "  integrity sha512-Zk4pW9qL2xTr5Nq8Lw2Vz6Hm3Kx9Pv3Jx7Rk1Wm5Qz9Zk4pW9qL2xTr5Nq8Lw2Vz6Hm3Kx9Pv3Jx7Rk1Wm5Qz9==\n\n", f,
                prefix: "# " + header)
        },
        Shape(name: "package-lock.json (huge JSON)", path: "package-lock.json") { f in
            repeated(
                "\"node_modules/dollr-sdk\":{\"version\":\"1.2.3\","
                    + "\"resolved\":\"https://registry.npmjs.org/dollr-sdk/-/dollr-sdk-1.2.3.tgz\","
                    + "\"integrity\":\"sha512-Zk4pW9qL2xTr5Nq8Lw2Vz6Hm3Kx9Pv3Jx7Rk1Wm5Qz9==\",\"dependencies\":{\"token\":\"^2.0.0\"}},", f,
                prefix: "{\"name\":\"shop\",\"packages\":{")
        },
        Shape(name: "base64 blob in a string", path: "blob.js") { f in
            repeated("QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0MTIzNDU2Nzg5", f, prefix: "// " + header + "const data = \"")
        },
        Shape(name: "SVG with a data URI", path: "logo.svg") { f in
            repeated(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk", f,
                prefix: "<!-- " + header + "--><svg xmlns=\"http://www.w3.org/2000/svg\"><image href=\"data:image/png;base64,")
        },
        Shape(name: "long template literal", path: "t.ts") { f in
            repeated("line ${i} of the body, token ${token.slice(0, 4)}\n", f, prefix: "// " + header + "const body = `")
        },
    ]
}
