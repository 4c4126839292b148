/// A Dollr client secret or token in a client-exposed env variable (`NEXT_PUBLIC_`, `VITE_`, ...) or in public runtime config.
public final class PublicEnvSecretRule: Rule {
    public init() {}
    static let messageVariable = "Dollr secret in a client-exposed variable (%@): the bundler inlines it into code every visitor downloads"
    static let messageRuntimeConfig = "Dollr secret in public runtime config (%@): it is serialised into the client bundle"

    public let description = RuleDescription(
        id: .publicEnvSecret, category: .secrets, severity: .error,
        title: "Dollr secret in a NEXT_PUBLIC_/VITE_/REACT_APP_/EXPO_PUBLIC_... variable or public runtime config",
        rationale: "Bundlers replace client-exposed variables with their values at build time, so the secret ends up in JavaScript every visitor downloads — even when the variable sits in a git-ignored .env.local. The Next.js guide: env vars are \"not NEXT_PUBLIC_ except Stripe publishable key\".",
        fix: "Rename the variable without the public prefix (DOLLR_CLIENT_SECRET) and read it only in server code (route handlers, server actions, your API). Then rotate the secret in the merchant portal (Settings -> Developer -> API Keys): a built bundle may already be cached by browsers and CDNs.",
        helpURL: DocLinks.nextjs,
        keywords: ["next_public_", "vite_", "react_app_", "expo_public_", "nuxt_public_", "nuxt_env_", "gatsby_", "public_", "vue_app_", "storybook_", "sanity_studio_", "publicruntimeconfig", "extra", "runtimeconfig", "env"],
        readsGitIgnoredEnvFiles: true,
        triggering: [
            RuleExample(".env.local", "DOLLR_CLIENT_ID=merchant-42\n↓NEXT_PUBLIC_DOLLR_CLIENT_SECRET=q8Zr3LmT0vXa9Kd2Wn5Yb7Pc1Hs4Gj6F\n"),
            RuleExample("src/api.ts", "const secret = import.meta.env.↓VITE_DOLLR_CLIENT_SECRET;\n"),
            RuleExample("Dockerfile", "FROM node:20\nARG ↓REACT_APP_DOLLR_SECRET\n"),
            RuleExample("next.config.js", "module.exports = {\n  env: {\n    ↓DOLLR_CLIENT_SECRET: process.env.DOLLR_CLIENT_SECRET,\n  },\n};\n"),
            RuleExample("app.json", "{\"expo\": {\"extra\": {↓\"dollrClientSecret\": \"q8Zr3LmT0vXa9Kd2Wn5Yb7Pc1Hs4Gj6F\"}}}\n"),
        ],
        nonTriggering: [
            RuleExample(".env.local", "NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=pk_live_51Hq8Zr3LmT0vXa9Kd2Wn5Yb7\nNEXT_PUBLIC_DOLLR_CLIENT_ID=merchant-42\n"),
            RuleExample("src/server.ts", "const secret = process.env.DOLLR_CLIENT_SECRET;\n"),
            RuleExample("README.md", "Never put the secret in `NEXT_PUBLIC_DOLLR_CLIENT_SECRET`.\n"),
            RuleExample("src/api.ts", "// do not use VITE_DOLLR_CLIENT_SECRET\nconst base = import.meta.env.VITE_DOLLR_API_URL;\n"),
            RuleExample("next.config.js", "module.exports = {\n  serverRuntimeConfig: { dollrClientSecret: process.env.DOLLR_CLIENT_SECRET },\n  publicRuntimeConfig: { dollrApiUrl: 'https://api.heydollr.app' },\n};\n"),
        ])

    public func check(_ context: RuleContext) {
        let file = context.lexed
        for (i, t) in file.tokens.enumerated() {
            let text: String
            if t.kind == .identifier { text = file.text(i) } else if t.kind == .string, let s = file.plainString(i) { text = s } else { continue }
            guard text.count < 120, let prefix = SecretNames.publicSecretPrefix(text), SecretNames.isConfigRead(i, in: file) else { continue }
            context.report(token: i, message: PublicEnvSecretRule.messageVariable.replacingOccurrences(of: "%@", with: prefix + "*"),
                           secrets: assignedSecret(after: i, in: file))
        }
        checkRuntimeConfig(context)
    }

    /// The literal assigned to the variable (`NEXT_PUBLIC_X=value`, `X: "value"`): a secret every report must mask.
    private func assignedSecret(after i: Int, in file: LexedFile) -> [Range<Int>] {
        guard let op = file.next(i), file.isPunct(op, "=") || file.isPunct(op, ":"), let v = file.next(op),
              let value = file.plainString(v), !SecretHeuristics.isPlaceholder(value), let literal = file.literal(v) else { return [] }
        return [literal.contentRange]
    }

    /// Keys under `publicRuntimeConfig`, Nuxt `runtimeConfig.public`, Expo `extra`, or Next.js `env` in next.config.*.
    private func checkRuntimeConfig(_ context: RuleContext) {
        let name = context.source.fileName.lowercased()
        let isNextConfig = name.hasPrefix("next.config.")
        let model = context.model
        for b in model.bindings where b.kind == .key {
            let n = CodeModel.normalize(b.name)
            guard n.has("dollr") || n.has("clientsecret"), SecretNames.isClientSecret(b.name, dollrContext: true) || SecretNames.isAccessToken(b.name, dollrContext: true) else { continue }
            var ancestors: [String] = []
            var p = b.parent
            while let k = p, ancestors.count < 8 { ancestors.append(model.bindings[k].normalizedName); p = model.bindings[k].parent }
            // Next.js inlines the top-level `env` of its config; a nested `env` is something else.
            let nextEnv = isNextConfig && (ancestors.firstIndex(of: "env").map { $0 >= ancestors.count - 2 } ?? false)
            // Remix's `ENV` object returned by the root loader and written to `window.ENV`.
            let remixWindowEnv = b.parent.map { model.bindings[$0].name == "ENV" } == true && context.source.containsKeyword("window.ENV")
            guard let exposed = ancestors.first(where: { a in
                a == "publicruntimeconfig" || a == "extra" || (a == "public" && ancestors.contains("runtimeconfig")) || (a == "env" && nextEnv) || (a == "env" && remixWindowEnv)
            }) else { continue }
            context.report(token: b.nameToken, message: PublicEnvSecretRule.messageRuntimeConfig.replacingOccurrences(of: "%@", with: exposed == "runtimeconfig" ? "runtimeConfig.public" : exposed))
        }
    }
}

/// A Dollr secret, or the token endpoint, used from code that ships to browsers or devices.
public final class ClientBundleSecretRule: Rule {
    public init() {}
    static let messageSecret = "Dollr client secret referenced in client-side code: it ships to every browser or device"
    static let messageLiteral = "Dollr secret written into client-side code: it ships to every browser or device"
    static let messageEndpoint = "Dollr token endpoint called from client-side code: the client secret must be in the bundle for this to work"

    public let description = RuleDescription(
        id: .clientBundleSecret, category: .secrets, severity: .error,
        title: "Dollr secret or token endpoint used in code that ships to browsers or devices",
        rationale: "Anything in a \"use client\" component, an SPA, a React Native/Expo, iOS, Android or Flutter app can be read by its users: bundles and binaries are trivially unpacked. The docs: \"Never use production Client Secrets in client-side code, public repos, or mobile apps. Server-side only.\"",
        fix: "Move the token request and every Dollr call to your server (a route handler, server action or API) and have the app call that. Rotate the secret if a build containing it was ever distributed.",
        helpURL: DocLinks.environments,
        keywords: ["dollr", "jwt/client", "client_secret", "clientsecret"],
        triggering: [
            RuleExample("app/pay/PayButton.tsx", "\"use client\";\nexport function Pay() {\n  const s = process.env.↓DOLLR_CLIENT_SECRET;\n}\n"),
            RuleExample("src/api/dollr.js", "import { Platform } from 'react-native';\nconst r = await fetch(↓'https://api.heydollr.app/v1/jwt/client/obtain/token', { method: 'POST' });\n"),
            RuleExample("lib/dollr.dart", "import 'package:flutter/material.dart';\nconst secret = String.fromEnvironment(↓'DOLLR_CLIENT_SECRET');\n"),
            RuleExample("App/DollrClient.swift", "import SwiftUI\nlet secret = Bundle.main.object(forInfoDictionaryKey: ↓\"DollrClientSecret\") as? String\n"),
        ],
        nonTriggering: [
            RuleExample("app/actions/pay.ts", "\"use server\";\nconst s = process.env.DOLLR_CLIENT_SECRET;\n"),
            RuleExample("app/api/token/route.ts", "const s = process.env.DOLLR_CLIENT_SECRET;\n"),
            RuleExample("app/pay/Card.tsx", "\"use client\";\n// dollr card flow\nconst { clientSecret } = await fetch('/api/pay').then(r => r.json());\nawait stripe.confirmCardPayment(clientSecret);\n"),
            RuleExample("src/api/dollr.js", "import { Platform } from 'react-native';\nconst r = await fetch(`${API}/payments/dollr/collect`, { method: 'POST' });\n"),
            RuleExample("lib/pay.dart", "import 'package:flutter/material.dart';\n// the secret is read once, in config.dart; passing it on is not a second leak\nfinal body = {'client_secret': AppConfig.dollrClientSecret};\n"),
        ])

    public func check(_ context: RuleContext) {
        guard context.isClientCode else { return }
        let file = context.lexed
        for (i, t) in file.tokens.enumerated() {
            switch t.kind {
            case .string:
                guard let lit = file.literal(i) else { continue }
                let value = lit.text()
                if value.has("jwt/client/obtain") && !value.has(" ") {
                    if !isInServerOnlyFunction(i, context) { context.report(token: i, message: ClientBundleSecretRule.messageEndpoint) }
                    continue
                }
                if !lit.hasHoles, value.count < 80, isDollrSecretName(value), !isInServerOnlyFunction(i, context) { context.report(token: i, message: ClientBundleSecretRule.messageSecret); continue }
                // Server templates that print env values into the page: "<%= ENV.fetch('DOLLR_CLIENT_SECRET') %>", "{{ env('DOLLR_CLIENT_SECRET') }}".
                if value.has("<%") || value.has("{{") || value.has("{%") || value.has("@{") {
                    let words = value.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_") }).map(String.init)
                    if words.contains(where: isDollrSecretName) { context.report(token: i, message: ClientBundleSecretRule.messageSecret) }
                }
            case .identifier:
                // Where the secret is read into the app, not every variable that passes it on.
                if isDollrSecretName(file.text(i)), SecretNames.isConfigRead(i, in: file), !isInServerOnlyFunction(i, context) { context.report(token: i, message: ClientBundleSecretRule.messageSecret) }
            default: continue
            }
        }
        // A secret written out in client code ships as it is.
        for s in context.secretLiterals where !isInServerOnlyFunction(context.tokenIndex(at: s.offset), context) {
            context.report(at: s.offset, end: s.secret.upperBound, message: ClientBundleSecretRule.messageLiteral, secrets: [s.secret])
        }
    }

    /// Data functions run on the server even in a page file: Next.js Pages Router, Remix/React Router loaders and actions.
    private func isInServerOnlyFunction(_ i: Int, _ context: RuleContext) -> Bool {
        guard let f = context.model.enclosingFunction(of: i) else { return false }
        return ["getServerSideProps", "getStaticProps", "getStaticPaths", "loader", "action"].contains(f.name)
    }

    /// A name that says "Dollr secret"; a public-prefixed one is also public-env-secret (each rule reports its own problem).
    private func isDollrSecretName(_ s: String) -> Bool {
        let n = CodeModel.normalize(s)
        return n.has("dollr") && (SecretNames.isClientSecret(s, dollrContext: true) || SecretNames.publicSecretPrefix(s) != nil)
    }
}
