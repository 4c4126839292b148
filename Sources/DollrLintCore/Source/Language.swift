import Foundation

/// The languages dollr-lint reads. Each maps to one lexer family.
public enum Language: String, CaseIterable, Sendable {
    case javascript, typescript, java, kotlin, csharp, go, rust, swift, dart, php, groovy, c
    case python, ruby, shell, yaml, toml, dotenv, dockerfile, properties
    /// REST Client / JetBrains HTTP request files (`.http`, `.rest`).
    case http
    case makefile
    case json
    case html, vue, svelte, markdown, xml
    case unknown

    public enum Family: Sendable { case cLike, hash, json, markup }

    public var family: Family {
        switch self {
        case .javascript, .typescript, .java, .kotlin, .csharp, .go, .rust, .swift, .dart, .php, .groovy, .c:
            return .cLike
        case .python, .ruby, .shell, .yaml, .toml, .dotenv, .dockerfile, .properties, .http, .makefile, .unknown:
            return .hash
        case .json: return .json
        case .html, .vue, .svelte, .markdown, .xml: return .markup
        }
    }

    /// Languages whose bundles ship to browsers or devices when the project is a client app.
    public var isJavaScriptLike: Bool { self == .javascript || self == .typescript }

    /// The line-comment opener used when a test wraps code in a comment.
    public var lineCommentPrefix: String? {
        switch family {
        case .cLike: return "//"
        case .hash: return "#"
        case .json, .markup: return nil
        }
    }

    /// JSON documents and lockfiles: data, never code (`RuleDescription.readsDataFiles`). Bytes only, no Foundation:
    /// asked of every file a code-only rule's keywords let through.
    public static func isDataFile(_ path: String) -> Bool {
        var name = Substring(path)
        if let slash = name.lastIndex(of: "/") { name = name[name.index(after: slash)...] }
        let lower = name.lowercased()
        // Translation catalogues and TypeScript declarations hold no statements either.
        for suffix in [".json", ".jsonc", ".json5", ".lock", ".sum", "-lock.yaml", ".lockb", ".po", ".pot", ".d.ts"]
        where lower.hasSuffix(suffix) { return true }
        return false
    }

    /// Detects the language from the file name, then from a shebang line.
    public static func detect(path: String, firstLine: Substring? = nil) -> Language {
        let name = path.fileNameComponent
        let lower = name.lowercased()
        if lower.hasPrefix(".env") || lower.hasSuffix(".env") { return .dotenv }
        if lower == "dockerfile" || lower.hasPrefix("dockerfile.") || lower.hasSuffix(".dockerfile") || lower == "containerfile" {
            return .dockerfile
        }
        if lower == "gemfile" || lower == "rakefile" || lower == "podfile" || lower == "fastfile" { return .ruby }
        if lower == "makefile" || lower == "gnumakefile" || lower.hasSuffix(".mk") { return .makefile }
        if lower == "procfile" { return .shell }
        let ext = (lower as NSString).pathExtension
        switch ext {
        case "js", "mjs", "cjs", "jsx": return .javascript
        case "ts", "mts", "cts", "tsx": return .typescript
        case "java": return .java
        case "kt", "kts": return .kotlin
        case "cs": return .csharp
        case "go": return .go
        case "rs": return .rust
        case "swift": return .swift
        case "dart": return .dart
        case "php": return .php
        case "gradle", "groovy": return .groovy
        case "c", "h", "cc", "cpp", "hpp", "m", "mm": return .c
        case "py", "pyw": return .python
        case "rb", "rake": return .ruby
        case "erb", "ejs", "hbs", "handlebars", "twig", "jinja", "jinja2", "j2", "njk", "liquid", "cshtml", "razor", "mustache", "eex",
            "heex":
            return .html
        case "sh", "bash", "zsh", "ksh": return .shell
        case "yml", "yaml": return .yaml
        case "toml": return .toml
        case "properties", "ini", "cfg", "conf": return .properties
        case "http", "rest": return .http
        case "json", "jsonc", "json5": return .json
        case "html", "htm": return .html
        case "vue": return .vue
        case "svelte": return .svelte
        case "md", "mdx", "markdown": return .markdown
        case "xml", "plist": return .xml
        default: break
        }
        if let line = firstLine, line.hasPrefix("#!") {
            if line.has("python") { return .python }
            if line.has("node") || line.has("deno") || line.has("bun") { return .javascript }
            if line.has("ruby") { return .ruby }
            if line.has("php") { return .php }
            if line.has("sh") { return .shell }
        }
        return .unknown
    }

    /// Maps a Markdown code-fence info string (```ts, ```bash cURL) to a language.
    public static func fromFenceInfo(_ info: String) -> Language? {
        let word = info.split(whereSeparator: { $0 == " " || $0 == "{" || $0 == "," }).first.map(String.init)?.lowercased() ?? ""
        switch word {
        case "js", "javascript", "jsx", "node", "nodejs", "mjs": return .javascript
        case "ts", "typescript", "tsx": return .typescript
        case "python", "py", "python3": return .python
        case "php": return .php
        case "ruby", "rb": return .ruby
        case "go", "golang": return .go
        case "java": return .java
        case "kotlin", "kt": return .kotlin
        case "csharp", "cs", "c#", "dotnet": return .csharp
        case "rust", "rs": return .rust
        case "swift": return .swift
        case "dart", "flutter": return .dart
        case "bash", "sh", "shell", "zsh", "curl", "console": return .shell
        case "http", "rest": return .http
        case "json", "jsonc": return .json
        case "yaml", "yml": return .yaml
        case "toml": return .toml
        case "env", "dotenv", "ini": return .dotenv
        case "dockerfile", "docker": return .dockerfile
        case "html", "vue", "svelte": return .html
        default: return nil
        }
    }
}
