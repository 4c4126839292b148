import XCTest
@testable import DollrLintCore

/// `DollrReach`: a whole-project scan analyses Dollr code and the files that reach it, and only prefilters the rest;
/// a file two helpers away from the Dollr call still gets its findings.
final class DollrReachTests: XCTestCase {
    func rulesAt(_ files: [String: String]) -> [String] {
        TestSupport.findings(files).filter { $0.category == .idempotency }.map { "\($0.path):\($0.line) \($0.rule.rawValue)" }.sorted()
    }

    /// `tasks.py` names neither Dollr nor a path: it is reached through `billing.py`, itself reached through `gateway.py`.
    func testAChainOfModulesWithoutDollrInThemIsFollowed() {
        let gateway = """
            import os
            import requests

            BASE = os.environ["PAYMENTS_API"]


            class Gateway:
                def execute_collection(self, body):
                    return requests.post(BASE + "/v1/executions/collection", json=body, timeout=10)
            """
        let billing = """
            from shop.gateway import Gateway


            def charge_customer(order, body):
                return Gateway().execute_collection(body)
            """
        let tasks = """
            import uuid

            from shop.billing import charge_customer


            def renew(order):
                for attempt in range(3):
                    try:
                        return charge_customer(order, {"reference_id": str(uuid.uuid4()), "session_id": order.session})
                    except TimeoutError:
                        continue
            """
        XCTAssertEqual(
            rulesAt(["shop/gateway.py": gateway, "shop/billing.py": billing, "shop/tasks.py": tasks]),
            [
                "shop/tasks.py:9 new-reference-id-on-retry", "shop/tasks.py:9 reference-id-after-execute",
                "shop/tasks.py:9 retry-without-status-check",
            ])
    }

    /// The retry helper sits in a file with nothing of Dollr's; the execute handed to it is still a retried execute.
    func testAHelperTheDollrCodeHandsItsCallToIsAnalysed() {
        let retry = """
            export async function withRetry(fn) {
              for (let i = 0; i < 3; i++) {
                try {
                  return await fn();
                } catch (e) {
                  await new Promise((r) => setTimeout(r, 1000 * 2 ** i));
                }
              }
            }
            """
        let pay = """
            import { withRetry } from "./lib/retry";

            export async function collect(order, referenceId) {
              return withRetry(() =>
                fetch(`${process.env.PAYMENTS_API}/v1/executions/collection`, {
                  method: "POST",
                  body: JSON.stringify({ reference_id: referenceId, session_id: order.session }),
                  signal: AbortSignal.timeout(10000),
                }),
              );
            }
            """
        XCTAssertEqual(rulesAt(["src/lib/retry.js": retry, "src/pay.js": pay]), ["src/pay.js:5 retry-without-status-check"])
    }

    /// `pay.execute("collection", ...)` on a client built in a module the project lacks: the kind names the function.
    func testACallHandingAKindToAGenericDollrMethodIsAnalysed() {
        let gateway = """
            class Gateway:
                def execute(self, op, payload):
                    url = "{}/v1/executions/{}".format(self.base_url, op)
                    return self.http.post(url, json=payload, timeout=30)
            """
        let retry = """
            def with_retries(fn, attempts=4):
                for attempt in range(attempts):
                    try:
                        return fn()
                    except requests.Timeout:
                        time.sleep(2 ** attempt)
            """
        let views = """
            from app.extensions import pay
            from app.utils.retry import with_retries

            def pay_fees(payload):
                return with_retries(lambda: pay.execute("collection", payload))

            def export(rows):
                return db.execute("select 1", rows)
            """
        XCTAssertEqual(
            rulesAt(["app/gateway.py": gateway, "app/utils/retry.py": retry, "app/fees/views.py": views]),
            ["app/fees/views.py:5 retry-without-status-check"])
    }

    /// The gates that keep files outside Dollr code from being lexed: an `ExecutionContext` is not an execution, and
    /// only a JWT whose claims name Dollr is Dollr's.
    func testGatesOutsideDollrCodeReadTheBytesMorePreciselyThanKeywords() {
        let logging = SensitiveDataLoggingRule(), secrets = HardcodedSecretRule()
        XCTAssertFalse(
            logging.mayReportOutsideDollrCode(InMemoryFile(path: "a.ts", contents: "log(ctx: ExecutionContext, gqlExecution_Context)")))
        XCTAssertTrue(
            logging.mayReportOutsideDollrCode(InMemoryFile(path: "a.ts", contents: "log(ExecutionContext); print(lastExecution)")))
        XCTAssertTrue(logging.mayReportOutsideDollrCode(InMemoryFile(path: "a.py", contents: "logger.info(execution_response)")))
        XCTAssertFalse(logging.mayReportOutsideDollrCode(InMemoryFile(path: "src/generated-types.ts", contents: "nextExecutionAt: log")))
        XCTAssertFalse(
            logging.mayReportOutsideDollrCode(
                InMemoryFile(path: "a.go", contents: "// Code generated by protoc. DO NOT EDIT.\nlog(execution)")))
        // Once lexed, only code counts: the word in a comment or a pom's prose lets no model be built.
        func lexed(_ path: String, _ text: String) -> LexedFile { LexedFile(SourceFile(path: path, bytes: Array(text.utf8))) }
        XCTAssertFalse(logging.mayReportOutsideDollrCode(lexed("a.js", "// defer script execution\nconsole.log(card_number)\n")))
        XCTAssertFalse(logging.mayReportOutsideDollrCode(lexed("a.py", "# execution order\nlog.info(ExecutionContext)\n")))
        XCTAssertTrue(logging.mayReportOutsideDollrCode(lexed("a.js", "// execution\nconsole.log(run.lastExecution)\n")))
        XCTAssertTrue(logging.mayReportOutsideDollrCode(lexed("a.py", "log.info(data['execution'])\n")))
        let dollrJWT =
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
            + "eyJpc3MiOiJodHRwczovL2FwaS5oZXlkb2xsci5hcHAiLCJzdWIiOiJtZXJjaGFudF80ODIxIn0.c2lnbmF0dXJlLXNpZ25hdHVyZQ"
        let sampleJWT =
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV"
        XCTAssertTrue(secrets.mayReportOutsideDollrCode(InMemoryFile(path: "a.md", contents: "token: \(dollrJWT). Done")))
        XCTAssertFalse(secrets.mayReportOutsideDollrCode(InMemoryFile(path: "a.js", contents: "const t = '\(sampleJWT)'; // eyJ alone")))
    }

    /// Outside Dollr code only the rules that look for Dollr's own values run, on their own keywords.
    func testAFileOutsideDollrCodeIsOnlyPrefiltered() {
        let engine = TestSupport.scanner()
        let project = ProjectContext(rootPath: nil)
        let stripe = InMemoryFile(path: "billing/stripe.py", contents: "log.info('card %s', card_number)\n")
        XCTAssertTrue(engine.process(stripe, project: project, onlyDollrCode: true).outsideDollrCode)
        XCTAssertFalse(engine.process(stripe, project: project, onlyDollrCode: false).outsideDollrCode)
        let named = InMemoryFile(path: "billing/dollr.py", bytes: stripe.bytes)
        XCTAssertFalse(engine.process(named, project: project, onlyDollrCode: true).outsideDollrCode)
        // A JWT that Dollr issued (its issuer is inside the base64) gives itself away anywhere.
        let jwt =
            "const token = \"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
            + "eyJpc3MiOiJodHRwczovL2FwaS5oZXlkb2xsci5hcHAiLCJzdWIiOiJtZXJjaGFudF80ODIxIn0.c2lnbmF0dXJlLXNpZ25hdHVyZQ\";\n"
        let token = InMemoryFile(path: "a.js", contents: jwt)
        XCTAssertEqual(engine.process(token, project: project, onlyDollrCode: true).findings.map(\.rule), [.hardcodedSecret])
    }

    func testModuleNames() {
        XCTAssertEqual(DollrReach.moduleName("app/payments/client.py"), "client")
        XCTAssertEqual(DollrReach.moduleName("src/payments/index.ts"), "payments")
        XCTAssertEqual(DollrReach.moduleName("shop/billing/__init__.py"), "billing")
        XCTAssertEqual(DollrReach.moduleName("Makefile"), "Makefile")
    }
}
