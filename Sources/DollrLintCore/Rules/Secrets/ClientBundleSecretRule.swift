import Foundation

/// A Dollr secret, or the token endpoint, used from code that ships to browsers or devices.
public final class ClientBundleSecretRule: Rule {
    public init() {}
    static let messageSecret = "Dollr client secret referenced in client-side code: it ships to every browser or device"
    static let messageLiteral = "Dollr secret written into client-side code: it ships to every browser or device"
    static let messageEndpoint =
        "Dollr token endpoint called from client-side code: the client secret must be in the bundle for this to work"

    public let description = RuleDescription(
        id: .clientBundleSecret, category: .secrets, severity: .error,
        title: "Dollr secret or token endpoint used in code that ships to browsers or devices",
        rationale:
            "Anything in a \"use client\" component, an SPA, a React Native/Expo, iOS, Android or Flutter app can be read by its "
                + "users: bundles and binaries are trivially unpacked. The docs: \"Never use production Client Secrets in client-side "
                + "code, public repos, or mobile apps. Server-side only.\"",
        fix:
            "Move the token request and every Dollr call to your server (a route handler, server action or API) and have the app call "
                + "that. Rotate the secret if a build containing it was ever distributed.",
        helpURL: DocLinks.environments,
        keywords: ["dollr", "jwt/client", "client_secret", "clientsecret"],
        triggering: [
            RuleExample(
                "app/pay/PayButton.tsx", "\"use client\";\nexport function Pay() {\n  const s = process.env.↓DOLLR_CLIENT_SECRET;\n}\n"),
            RuleExample(
                "src/api/dollr.js",
                "import { Platform } from 'react-native';\nconst r = await "
                    + "fetch(↓'https://api.heydollr.app/v1/jwt/client/obtain/token', { method: 'POST' });\n"
            ),
            RuleExample(
                "lib/dollr.dart",
                "import 'package:flutter/material.dart';\nconst secret = String.fromEnvironment(↓'DOLLR_CLIENT_SECRET');\n"),
            RuleExample(
                "App/DollrClient.swift",
                "import SwiftUI\nlet secret = Bundle.main.object(forInfoDictionaryKey: ↓\"DollrClientSecret\") as? String\n"),
        ],
        nonTriggering: [
            RuleExample("app/actions/pay.ts", "\"use server\";\nconst s = process.env.DOLLR_CLIENT_SECRET;\n"),
            RuleExample("app/api/token/route.ts", "const s = process.env.DOLLR_CLIENT_SECRET;\n"),
            RuleExample(
                "app/pay/Card.tsx",
                "\"use client\";\n// dollr card flow\nconst { clientSecret } = await fetch('/api/pay').then(r => r.json());\nawait "
                    + "stripe.confirmCardPayment(clientSecret);\n"
            ),
            RuleExample(
                "src/api/dollr.js",
                "import { Platform } from 'react-native';\nconst r = await fetch(`${API}/payments/dollr/collect`, { method: 'POST' });\n"),
            RuleExample(
                "lib/pay.dart",
                "import 'package:flutter/material.dart';\n// the secret is read once, in config.dart; passing it on is not a second "
                    + "leak\nfinal body = {'client_secret': AppConfig.dollrClientSecret};\n"
            ),
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
                if !lit.hasHoles, value.count < 80, isDollrSecretName(value), !isInServerOnlyFunction(i, context) {
                    context.report(token: i, message: ClientBundleSecretRule.messageSecret)
                    continue
                }
                // Server templates that print env values into the page: "<%= ENV.fetch('DOLLR_CLIENT_SECRET') %>",
                // "{{ env('DOLLR_CLIENT_SECRET') }}".
                if value.has("<%") || value.has("{{") || value.has("{%") || value.has("@{") {
                    let words = value.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_") }).map(String.init)
                    if words.contains(where: isDollrSecretName) { context.report(token: i, message: ClientBundleSecretRule.messageSecret) }
                }
            case .identifier:
                // Where the secret is read into the app, not every variable that passes it on.
                if isDollrSecretName(file.text(i)), SecretNames.isConfigRead(i, in: file), !isInServerOnlyFunction(i, context) {
                    context.report(token: i, message: ClientBundleSecretRule.messageSecret)
                }
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
