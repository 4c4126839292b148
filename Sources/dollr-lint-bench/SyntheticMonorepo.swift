import Foundation
import DollrLintCore

/// A merchant monorepo of about the size asked for: services in TypeScript, JavaScript, Python, PHP, Go and Java
/// (most of them ordinary code with logging, configuration and HTTP calls, so many pass the keyword prefilter as in
/// a real repository), the sample integrations copied throughout, 1 MB minified bundles and the lockfiles of each
/// stack. Deterministic: the same size gives the same tree.
enum SyntheticMonorepo {
    struct Built {
        var files = 0
        var bytes = 0
    }

    static let sourceKinds: [(ext: String, unit: String)] = [
        (
            "ts",
            """
            import { logger } from "../lib/logger";
            export async function loadOrders(customerId: string, page: number): Promise<Order[]> {
              const response = await fetch(`${process.env.ORDERS_URL}/orders?customer=${customerId}&page=${page}`);
              if (!response.ok) { logger.warn("orders request failed", { status: response.status }); return []; }
              const body = (await response.json()) as { items: Order[] };
              return body.items.filter((o) => o.total > 0).map((o) => ({ ...o, total: Math.round(o.total * 100) / 100 }));
            }

            """
        ),
        (
            "js",
            """
            const express = require("express");
            const router = express.Router();
            router.get("/health", (req, res) => { console.log("health check", req.ip); res.json({ ok: true, uptime: process.uptime() }); });
            module.exports = { router, sum: (items) => items.reduce((total, i) => total + i.price * i.quantity, 0) };

            """
        ),
        (
            "py",
            """
            import logging
            logger = logging.getLogger(__name__)

            def summarise(orders, currency="XOF"):
                total = sum(o["amount"] for o in orders if o.get("status") == "paid")
                logger.info("summarised %d orders in %s", len(orders), currency)
                return {"count": len(orders), "total": total, "currency": currency}

            """
        ),
        (
            "php",
            """
            <?php
            namespace App\\Services;
            class InvoiceFormatter {
                public function format(array $lines): string {
                    $total = array_sum(array_map(fn ($l) => $l['price'] * $l['qty'], $lines));
                    return sprintf('%s items, total %.2f', count($lines), $total);
                }
            }

            """
        ),
        (
            "go",
            """
            package shipping

            import "fmt"

            func Quote(weightKg float64, zone int) (float64, error) {
                if weightKg <= 0 { return 0, fmt.Errorf("weight must be positive, got %v", weightKg) }
                return 500 + weightKg*120*float64(zone), nil
            }

            """
        ),
        (
            "java",
            """
            package com.merchant.catalog;

            public final class PriceRounder {
                private PriceRounder() {}
                public static long round(long minor, int step) {
                    long rest = minor % step;
                    return rest == 0 ? minor : minor + (step - rest);
                }
            }

            """
        ),
    ]

    static func build(at root: String, megabytes: Int, samples: [(path: String, data: Data)]) throws -> Built {
        let fm = FileManager.default
        var built = Built()
        func write(_ rel: String, _ data: Data) throws {
            let path = root + "/" + rel
            try fm.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            guard fm.createFile(atPath: path, contents: data) else { throw ConfigError(file: path, "cannot write") }
            built.files += 1
            built.bytes += data.count
        }
        let target = megabytes * 1_000_000
        let bundles = max(1, megabytes / 12)
        for n in 0..<bundles { try write("apps/web/dist/chunk-\(n).min.js", Data(minifiedBundle(seed: n).utf8)) }
        for (rel, text) in lockfiles(scale: max(1, megabytes / 25)) { try write(rel, Data(text.utf8)) }
        var index = 0
        while built.bytes < target {
            let service = "services/svc\(index / 100)"
            if index % 25 == 0, !samples.isEmpty {
                let sample = samples[(index / 25) % samples.count]
                try write("\(service)/integration\(index)/" + sample.path, sample.data)
            } else {
                let kind = sourceKinds[index % sourceKinds.count]
                // 8 to 24 KB per file, as source files run.
                let repeats = 8_000 / kind.unit.utf8.count + (index * 7919) % (16_000 / kind.unit.utf8.count)
                try write("\(service)/src/module\(index).\(kind.ext)", Data(String(repeating: kind.unit, count: repeats).utf8))
            }
            index += 1
        }
        return built
    }

    /// About 1 MB of minified JavaScript: one line, short names, a Dollr call and a log among library code.
    static func minifiedBundle(seed: Int) -> String {
        let unit =
            "function r\(seed)(e,t){var n=e.length,o=0;for(;o<n;o++)t(e[o],o);return e}"
            + "var a\(seed)={k:\"v\",m:function(e){return console.log(e),e}};"
            + "fetch(\"https://api.heydollr.app/v1/status/collection/\"+q,{headers:{Authorization:\"Bearer \"+s}});"
            + "export{r\(seed) as each,a\(seed) as api};"
        return String(repeating: unit, count: 1_000_000 / unit.utf8.count)
    }

    /// package-lock.json, yarn.lock, go.sum, composer.lock and poetry.lock of a few hundred packages each.
    static func lockfiles(scale: Int) -> [(String, String)] {
        let count = 900 * scale
        func hash(_ n: Int, _ length: Int) -> String {
            let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
            var state = UInt64(n) &* 6364136223846793005 &+ 1442695040888963407
            return String(
                (0..<length).map { _ in
                    state = state &* 6364136223846793005 &+ 1442695040888963407
                    return alphabet[Int(state >> 58)]
                })
        }
        var npm = "{\n  \"name\": \"merchant\",\n  \"lockfileVersion\": 3,\n  \"packages\": {\n"
        var yarn = "# yarn lockfile v1\n\n"
        var gosum = ""
        var composer = "{\n    \"packages\": [\n"
        var poetry = ""
        for n in 0..<count {
            let name = "pkg-\(n)"
            npm +=
                "    \"node_modules/\(name)\": {\n      \"version\": \"1.\(n % 40).\(n % 7)\",\n"
                + "      \"resolved\": \"https://registry.npmjs.org/\(name)/-/\(name)-1.\(n % 40).\(n % 7).tgz\",\n"
                + "      \"integrity\": \"sha512-\(hash(n, 86))==\",\n      \"license\": \"MIT\"\n    },\n"
            yarn +=
                "\(name)@^1.\(n % 40).0:\n  version \"1.\(n % 40).\(n % 7)\"\n"
                + "  resolved \"https://registry.yarnpkg.com/\(name)/-/\(name)-1.\(n % 40).\(n % 7).tgz#\(hash(n + 1, 40))\"\n"
                + "  integrity sha512-\(hash(n + 2, 86))==\n\n"
            gosum +=
                "github.com/merchant/\(name) v1.\(n % 40).0 h1:\(hash(n + 3, 43))=\n"
                + "github.com/merchant/\(name) v1.\(n % 40).0/go.mod h1:\(hash(n + 4, 43))=\n"
            composer +=
                "        {\"name\": \"vendor/\(name)\", \"version\": \"v2.\(n % 30).1\", \"dist\": {\"type\": \"zip\", "
                + "\"url\": \"https://api.github.com/repos/vendor/\(name)/zipball/\(hash(n + 5, 40))\", \"shasum\": \"\"}},\n"
            poetry +=
                "[[package]]\nname = \"\(name)\"\nversion = \"0.\(n % 50).2\"\noptional = false\n"
                + "files = [\n    {file = \"\(name)-0.\(n % 50).2.tar.gz\", hash = \"sha256:\(hash(n + 6, 64))\"},\n]\n\n"
        }
        npm += "    \"\": {}\n  }\n}\n"
        composer += "        {}\n    ]\n}\n"
        return [
            ("package-lock.json", npm), ("yarn.lock", yarn), ("services/gateway/go.sum", gosum),
            ("services/billing/composer.lock", composer), ("services/analytics/poetry.lock", poetry),
        ]
    }
}
