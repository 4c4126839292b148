/// A Dollr client secret or token in a client-exposed env variable (`NEXT_PUBLIC_`, `VITE_`, ...) or in public runtime config.
public final class PublicEnvSecretRule: Rule {
    public init() {}
    static let messageVariable = "Dollr secret in a client-exposed variable (%@): the bundler inlines it into code every visitor downloads"
    static let messageRuntimeConfig = "Dollr secret in public runtime config (%@): it is serialised into the client bundle"

    public let description = RuleDescription(
        id: .publicEnvSecret, category: .secrets, severity: .error,
        title: "Dollr secret in a NEXT_PUBLIC_/VITE_/REACT_APP_/EXPO_PUBLIC_... variable or public runtime config",
        rationale:
            "Bundlers replace client-exposed variables with their values at build time, so the secret ends up in JavaScript every "
                + "visitor downloads — even when the variable sits in a git-ignored .env.local. The Next.js guide: env vars are \"not "
                + "NEXT_PUBLIC_ except Stripe publishable key\".",
        fix:
            "Rename the variable without the public prefix (DOLLR_CLIENT_SECRET) and read it only in server code (route handlers, "
                + "server actions, your API). Then rotate the secret in the merchant portal (Settings -> Developer -> API Keys): a "
                + "built bundle may already be cached by browsers and CDNs.",
        helpURL: DocLinks.nextjs,
        keywords: [
            "next_public_", "vite_", "react_app_", "expo_public_", "nuxt_public_", "nuxt_env_", "gatsby_", "public_", "vue_app_",
            "storybook_", "sanity_studio_", "publicruntimeconfig", "extra", "runtimeconfig", "env",
        ],
        readsGitIgnoredEnvFiles: true,
        triggering: [
            RuleExample(".env.local", "DOLLR_CLIENT_ID=merchant-42\n↓NEXT_PUBLIC_DOLLR_CLIENT_SECRET=q8Zr3LmT0vXa9Kd2Wn5Yb7Pc1Hs4Gj6F\n"),
            RuleExample("src/api.ts", "const secret = import.meta.env.↓VITE_DOLLR_CLIENT_SECRET;\n"),
            RuleExample("Dockerfile", "FROM node:20\nARG ↓REACT_APP_DOLLR_SECRET\n"),
            RuleExample(
                "next.config.js", "module.exports = {\n  env: {\n    ↓DOLLR_CLIENT_SECRET: process.env.DOLLR_CLIENT_SECRET,\n  },\n};\n"),
            RuleExample("app.json", "{\"expo\": {\"extra\": {↓\"dollrClientSecret\": \"q8Zr3LmT0vXa9Kd2Wn5Yb7Pc1Hs4Gj6F\"}}}\n"),
        ],
        nonTriggering: [
            RuleExample(
                ".env.local",
                "NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=pk_live_51Hq8Zr3LmT0vXa9Kd2Wn5Yb7\nNEXT_PUBLIC_DOLLR_CLIENT_ID=merchant-42\n"),
            RuleExample("src/server.ts", "const secret = process.env.DOLLR_CLIENT_SECRET;\n"),
            RuleExample("README.md", "Never put the secret in `NEXT_PUBLIC_DOLLR_CLIENT_SECRET`.\n"),
            RuleExample("src/api.ts", "// do not use VITE_DOLLR_CLIENT_SECRET\nconst base = import.meta.env.VITE_DOLLR_API_URL;\n"),
            RuleExample(
                "next.config.js",
                "module.exports = {\n  serverRuntimeConfig: { dollrClientSecret: process.env.DOLLR_CLIENT_SECRET },\n  "
                    + "publicRuntimeConfig: { dollrApiUrl: 'https://api.heydollr.app' },\n};\n"
            ),
        ])

    public func check(_ context: RuleContext) {
        let file = context.lexed
        for (i, t) in file.tokens.enumerated() {
            let text: String
            if t.kind == .identifier {
                text = file.text(i)
            } else if t.kind == .string, let s = file.plainString(i) {
                text = s
            } else {
                continue
            }
            guard text.count < 120, let prefix = SecretNames.publicSecretPrefix(text), SecretNames.isConfigRead(i, in: file) else {
                continue
            }
            context.report(
                token: i, message: PublicEnvSecretRule.messageVariable.replacingOccurrences(of: "%@", with: prefix + "*"),
                secrets: assignedSecret(after: i, in: file))
        }
        checkRuntimeConfig(context)
    }

    /// The literal assigned to the variable (`NEXT_PUBLIC_X=value`, `X: "value"`): a secret every report must mask.
    private func assignedSecret(after i: Int, in file: LexedFile) -> [Range<Int>] {
        guard let op = file.next(i), file.isPunct(op, "=") || file.isPunct(op, ":"), let v = file.next(op),
            let value = file.plainString(v), !SecretHeuristics.isPlaceholder(value), let literal = file.literal(v)
        else { return [] }
        return [literal.contentRange]
    }

    /// Keys under `publicRuntimeConfig`, Nuxt `runtimeConfig.public`, Expo `extra`, or Next.js `env` in next.config.*.
    private func checkRuntimeConfig(_ context: RuleContext) {
        let name = context.source.fileName.lowercased()
        let isNextConfig = name.hasPrefix("next.config.")
        let model = context.model
        for b in model.bindings where b.kind == .key {
            let n = CodeModel.normalize(b.name)
            guard n.has("dollr") || n.has("clientsecret"),
                SecretNames.isClientSecret(b.name, dollrContext: true) || SecretNames.isAccessToken(b.name, dollrContext: true)
            else { continue }
            var ancestors: [String] = []
            var p = b.parent
            while let k = p, ancestors.count < 8 {
                ancestors.append(model.bindings[k].normalizedName)
                p = model.bindings[k].parent
            }
            // Next.js inlines the top-level `env` of its config; a nested `env` is something else.
            let nextEnv = isNextConfig && (ancestors.firstIndex(of: "env").map { $0 >= ancestors.count - 2 } ?? false)
            // Remix's `ENV` object returned by the root loader and written to `window.ENV`.
            let remixWindowEnv = b.parent.map { model.bindings[$0].name == "ENV" } == true && context.source.containsKeyword("window.ENV")
            guard
                let exposed = ancestors.first(where: { a in
                    a == "publicruntimeconfig" || a == "extra" || (a == "public" && ancestors.contains("runtimeconfig"))
                        || (a == "env" && nextEnv) || (a == "env" && remixWindowEnv)
                })
            else { continue }
            context.report(
                token: b.nameToken,
                message: PublicEnvSecretRule.messageRuntimeConfig.replacingOccurrences(
                    of: "%@", with: exposed == "runtimeconfig" ? "runtimeConfig.public" : exposed))
        }
    }
}
