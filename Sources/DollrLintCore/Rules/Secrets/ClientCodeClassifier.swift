import Foundation

/// Decides whether a file ships to browsers or devices: `"use client"` components, SPA sources (Vite, CRA, Vue,
/// Svelte), React Native/Expo, iOS, Android and Flutter apps. Server code (route handlers, `"use server"`,
/// `*.server.*`, API folders, Node/Python/Go/... backends) is not client code.
public enum ClientCodeClassifier {
    static let serverDirectories: Set<String> = [
        "api", "server", "servers", "backend", "functions", "lambda", "lambdas", "netlify", "supabase", "scripts", "cmd", "internal",
        "migrations", "routes",
    ]
    static let spaBundlers = [
        "vite", "react-scripts", "@vue/cli-service", "parcel", "@angular/core", "webpack-dev-server", "svelte",
        "@sveltejs/vite-plugin-svelte", "preact", "solid-js", "gatsby", "nuxt", "@remix-run/react",
    ]
    static let nodeServerPackages = ["express", "fastify", "koa", "@nestjs/core", "hapi", "@hapi/hapi", "hono", "restify"]
    /// What a JavaScript file's text says about where it runs, found in one pass (a bundle is a megabyte).
    static let serverMarkers = ["server-only", "from 'express'", "require('express')", "require(\"express\")", "from \"express\""]
    static let appMarkers = ["from 'react-native'", "from \"react-native\"", "from 'expo", "from \"expo", "process.env.EXPO_PUBLIC_"]
    static let viteMarker = "import.meta.env"
    static let javaScriptMarkers = KeywordPrefilter(keywords: serverMarkers + appMarkers + [viteMarker])

    static func classify(_ context: RuleContext) -> Bool {
        let source = context.source
        let path = source.path
        let lowerPath = path.lowercased()
        let name = source.fileName.lowercased()
        let segments = lowerPath.split(separator: "/").map(String.init)
        let dirs = Set(segments.dropLast())
        let head = source.bytes.prefix(600)

        switch source.language {
        case .javascript, .typescript, .vue, .svelte, .html:
            if directive(head, "use server") { return false }
            if directive(head, "use client") { return true }
            if name.has(".server.") || name.hasPrefix("+server.") || name.hasPrefix("+page.server") || name.hasPrefix("+layout.server")
                || name.hasPrefix("hooks.server") || name.hasPrefix("middleware.")
            {
                return false
            }
            if name.hasPrefix("route.") && dirs.contains("app") { return false }
            if name.hasSuffix(".config.js") || name.hasSuffix(".config.ts") || name.hasSuffix(".config.mjs")
                || name.hasSuffix(".config.cjs")
            {
                // app.config.* of Expo ships its `extra`; public-env-secret handles it.
                return false
            }
            let markers = javaScriptMarkers.present(in: source.bytes)
            let says = { (group: Range<Int>) in group.contains(where: markers.contains) }
            let server = 0..<serverMarkers.count
            let app = server.upperBound..<(server.upperBound + appMarkers.count)
            if says(server) { return false }
            if segments.contains("pages") && segments.contains("api") { return false }
            // React Native / Expo code (imports, or Expo's public env variables) ships in the app, `src/api/` wrappers included.
            if says(app) { return true }
            let deps = context.project.packageDependencies(above: path)
            // In a React Native/Expo package every source ships in the app, `src/api/` wrappers included.
            if deps.contains("react-native") || deps.contains("expo") {
                return dirs.isDisjoint(with: ["server", "backend", "functions", "lambda", "supabase", "scripts"])
            }
            if !dirs.isDisjoint(with: serverDirectories) && source.language != .vue && source.language != .svelte { return false }
            if source.language == .vue || source.language == .svelte || source.language == .html { return true }
            if markers.contains(app.upperBound) { return true }
            if deps.contains("next") {
                // Pages Router pages ship to the browser; App Router files are server components unless "use client".
                if let i = segments.firstIndex(of: "pages"), !segments[(i + 1)...].contains("api") { return true }
                return false
            }
            let hasServer = nodeServerPackages.contains(where: deps.contains)
            if spaBundlers.contains(where: deps.contains) {
                if hasServer { return dirs.contains("src") || dirs.contains("client") || dirs.contains("frontend") || dirs.contains("web") }
                return true
            }
            return dirs.contains("client") || dirs.contains("frontend") || dirs.contains("public")
                || dirs.contains("static") && source.language == .javascript
        case .swift:
            if source.containsKeyword("import vapor") || source.containsKeyword("import hummingbird")
                || source.containsKeyword("import kitura")
            {
                return false
            }
            // A package whose only platform is iOS (the app's code as a package) ships in the app.
            let iosPackage =
                context.project.manifest("Package.swift", above: path, contains: ".iOS(")
                && !context.project.manifest("Package.swift", above: path, contains: ".macOS(")
                && !context.project.manifest("Package.swift", above: path, contains: "vapor")
                && !context.project.manifest("Package.swift", above: path, contains: "hummingbird")
            return source.containsKeyword("import uikit") || source.containsKeyword("import swiftui")
                || source.containsKeyword("import watchkit")
                || context.project.nearest("Info.plist", above: path) != nil || iosPackage
        case .kotlin, .java:
            if source.containsKeyword("import android") || source.containsKeyword("import androidx") { return true }
            if source.containsKeyword("springframework") || source.containsKeyword("io.ktor.server") { return false }
            return context.project.manifest("build.gradle", above: path, contains: "com.android")
                || context.project.manifest("build.gradle.kts", above: path, contains: "com.android")
                || context.project.exists(
                    ProjectContext.join(segments.prefix(while: { $0 != "src" }).joined(separator: "/"), "src/main/AndroidManifest.xml"))
        case .groovy:
            return name.hasPrefix("build.gradle") && source.containsKeyword("com.android")
        case .dart:
            if dirs.contains("bin") || dirs.contains("server") { return false }
            return source.containsKeyword("package:flutter/") || context.project.manifest("pubspec.yaml", above: path, contains: "flutter:")
        case .xml:
            return name == "info.plist" || name.hasSuffix(".plist") || (name == "strings.xml" && dirs.contains("res"))
        default:
            return false
        }
    }

    /// A `"use client"` / `"use server"` directive among the first statements (eight non-blank lines), indented or
    /// not, whatever the line endings. Bytes, not Characters: grapheme breaking of the head was 3% of a pre-commit run.
    static func directive<Head: BidirectionalCollection<UInt8>>(_ head: Head, _ word: String) -> Bool {
        let forms = ["\"\(word)\"", "'\(word)'", "\"\(word)\";", "'\(word)';", "`\(word)`"].map { Array($0.utf8) }
        let lines = head.split(whereSeparator: { $0 == 0x0A || $0 == 0x0D }).prefix(8)
        for var line in lines {
            while let b = line.first, b == 0x20 || b == 0x09 { line = line.dropFirst() }
            while let b = line.last, b == 0x20 || b == 0x09 { line = line.dropLast() }
            if forms.contains(where: { $0.elementsEqual(line) }) { return true }
        }
        return false
    }
}
