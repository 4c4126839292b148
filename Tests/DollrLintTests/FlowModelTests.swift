import XCTest
@testable import DollrLintCore

/// The model facts the idempotency rules stand on, per language: blocks the old model missed, bindings, parameters,
/// branch linking, and the statuses a condition lets through.
final class FlowModelTests: XCTestCase {
    func model(_ path: String, _ code: String) -> CodeModel { CodeModel(LexedFile(SourceFile(path: path, bytes: Array(code.utf8)))) }

    func facts(_ path: String, _ code: String) -> FileFlowFacts {
        let m = model(path, code)
        return m.flowFacts(dollr: DollrCallIndex(model: m))
    }

    func call(_ m: CodeModel, _ name: String) -> CodeModel.Call { m.calls.first { $0.name == name }! }

    /// The kinds of the regions around the first call named `name`, innermost first.
    func regionKinds(_ f: FileFlowFacts, around name: String) -> [FlowRegion.Kind] {
        let c = f.calls.first { $0.name == name }!
        return f.regionChain(from: c.region).map { f.regions[$0].kind }
    }

    // MARK: blocks

    func testGoForClauseHeaderIsALoopAndRangeOverABatchIsNot() {
        let code = """
            func (w *Worker) Collect(ctx context.Context, batch []Payout) {
            \tfor attempt := 0; attempt < 3; attempt++ {
            \t\texecute(ctx)
            \t}
            \tfor _, p := range batch {
            \t\tpay(p)
            \t}
            }
            """
        let m = model("w.go", code)
        XCTAssertEqual(m.blocks.enclosing(call(m, "execute").nameToken).first?.keyword, .for)
        let f = facts("w.go", code)
        XCTAssertEqual(regionKinds(f, around: "execute"), [.loop])
        XCTAssertEqual(regionKinds(f, around: "pay"), [.collectionLoop])
        XCTAssertEqual(f.functions.map { $0.name }, ["Collect"])
        XCTAssertEqual(f.functions.first?.owner, "Worker")
    }

    func testRubyBeginRescueRetryEndIsOneRepeatingSpan() {
        let code = """
            def top_up(ref)
              attempts = 0
              begin
                client.execute(ref)
              rescue Faraday::TimeoutError
                attempts += 1
                retry if attempts < 3
              end
            end
            """
        let m = model("t.rb", code)
        XCTAssertFalse(m.calls.contains { $0.name == "def" || $0.name == "rescue" }, "keywords are no calls")
        let keywords = m.blocks.enclosing(call(m, "execute").nameToken).map { $0.keyword }
        XCTAssertEqual(keywords, [.begin, .def])
        let rescue = m.blocks.blocks.firstIndex { $0.keyword == .rescue }!
        XCTAssertEqual(m.blocks.blocks[rescue].previous.map { m.blocks.blocks[$0].keyword }, .begin)
        XCTAssertTrue(m.bindings.contains { $0.name == "attempts" && $0.kind == .update })
        XCTAssertTrue(regionKinds(facts("t.rb", code), around: "execute").contains(.loop))
    }

    func testShellWhileDoDoneIsALoop() {
        let m = model("pay.sh", "while true; do\n  curl -X POST \"$BASE/v1/executions/collection\"\n  sleep 5\ndone\n")
        let sleep = m.calls.first { $0.name == "sleep" }
        XCTAssertEqual(sleep.map { m.blocks.enclosing($0.nameToken).first?.keyword }, .while)
    }

    func testKotlinRepeatIsALoopAndCatchParameterNoBinding() {
        let code = """
            suspend fun topUp(session: String) {
                repeat(3) { attempt ->
                    try {
                        http.post(url)
                    } catch (e: IOException) {
                        delay(1000L)
                    }
                }
            }
            """
        let m = model("T.kt", code)
        XCTAssertEqual(m.functions.map { $0.name }, ["topUp"], "repeat(3) { is a call with a trailing lambda, not a declaration")
        XCTAssertFalse(m.bindings.contains { $0.name == "e" }, "catch (e: IOException) declares no binding")
        let catchBlock = m.blocks.blocks.firstIndex { $0.keyword == .catch }!
        XCTAssertEqual(m.blocks.blocks[catchBlock].previous.map { m.blocks.blocks[$0].keyword }, .try)
        let f = facts("T.kt", code)
        XCTAssertEqual(regionKinds(f, around: "post"), [.loop])
        XCTAssertEqual(regionKinds(f, around: "delay"), [.handler, .loop])
    }

    // MARK: functions, parameters, bindings

    func testArrowFunctionsAreFunctionsWithParameters() {
        let code = "export const pay = async (sessionId: string, ref: string) => {\n  return client.collect(sessionId, ref);\n};\n"
        let m = model("pay.ts", code)
        let pay = m.functions.first { $0.name == "pay" }
        XCTAssertNotNil(pay)
        XCTAssertTrue(pay.map { ["sessionId", "ref"].allSatisfy($0.parameters.contains) } ?? false, "\(pay?.parameters ?? [])")
        XCTAssertEqual(m.enclosingFunction(of: call(m, "collect").nameToken)?.name, "pay")
    }

    func testCompoundAssignmentsAndIncrementsAreUpdates() {
        for (path, code) in [
            ("a.js", "let delay = 1000;\ndelay *= 2;\nattempt++;\n"), ("a.py", "delay = 1\ndelay *= 2\nattempts += 1\n"),
            ("a.go", "delay := time.Second\ndelay *= 2\nattempt++\n"),
        ] {
            let m = model(path, code)
            XCTAssertTrue(m.bindings.contains { $0.name == "delay" && $0.kind == .assignment }, path)
            XCTAssertTrue(m.bindings.contains { $0.name == "delay" && $0.kind == .update }, path)
            XCTAssertTrue(m.bindings.contains { ($0.name == "attempt" || $0.name == "attempts") && $0.kind == .update }, path)
        }
    }

    func testNamesResolveWithinTheirFunction() {
        let code = """
            def first():
                ref = str(uuid.uuid4())
                send(ref)

            def second(ref):
                send(ref)
            """
        let m = model("r.py", code)
        let second = m.functions.first { $0.name == "second" }!
        XCTAssertEqual(second.parameters, ["ref"])
        let use = m.calls.last { $0.name == "send" }!
        XCTAssertNil(m.assignment(named: "ref", before: use.nameToken, within: second.body), "the ref of first() is another variable")
        let firstFn = m.functions.first { $0.name == "first" }!
        XCTAssertNotNil(m.assignment(named: "ref", before: m.calls.first { $0.name == "send" }!.nameToken, within: firstFn.body))
    }

    func testAURLVariableOfOneMethodIsNotAnotherMethodsURL() {
        let code = """
            class Client:
                def execute(self, op, payload):
                    url = "{}/v1/executions/{}".format(self.base_url, op)
                    return self.http.post(url, json=payload, timeout=30)

                def status(self, op, reference_id):
                    url = "{}/v1/status/{}/{}".format(self.base_url, op, reference_id)
                    return self.http.get(url, timeout=10)
            """
        let m = model("pay.py", code)
        let post = m.calls.first { $0.name == "post" }!
        let get = m.calls.first { $0.name == "get" }!
        XCTAssertEqual(m.stringValue(post.arguments[0])?.hasPrefix("\u{FFFC}/v1/executions/"), true)
        XCTAssertEqual(m.stringValue(get.arguments[0])?.hasPrefix("\u{FFFC}/v1/status/"), true)
    }

    // MARK: branches and conditions

    func testElseIsLinkedToItsIfAndCoversTheRest() {
        let code = """
            def settle(ref):
                status = client.get(f"/v1/status/collection/{ref}")["status"]
                if status == "COMPLETED":
                    ship()
                elif status in ("PENDING", "PROCESSING"):
                    wait_more()
                else:
                    give_up()
            """
        let m = model("s.py", code)
        let elseBlock = m.blocks.blocks.firstIndex { $0.keyword == .else }!
        let elif = m.blocks.blocks[elseBlock].previous!
        XCTAssertEqual(m.blocks.blocks[elif].keyword, .elif)
        XCTAssertEqual(m.blocks.blocks[elif].previous.map { m.blocks.blocks[$0].keyword }, .if)
        let f = facts("s.py", code)
        func entered(_ name: String) -> Set<String>? {
            let c = f.calls.first { $0.name == name }!
            return c.region.flatMap { f.regions[$0].condition?.enteredFor }
        }
        XCTAssertEqual(entered("ship"), ["COMPLETED"])
        XCTAssertEqual(entered("wait_more"), ["PENDING", "PROCESSING"])
        XCTAssertEqual(entered("give_up"), ["FAILED"])
    }

    func testConditionsSayWhichStatusesEnter() {
        func condition(_ path: String, _ code: String) -> StatusCondition? {
            let m = model(path, code)
            let f = m.flowFacts(dollr: DollrCallIndex(model: m))
            return f.regions.compactMap { $0.condition }.first
        }
        let unsettled: Set<String> = ["PENDING", "PROCESSING"]
        XCTAssertEqual(condition("a.js", "if (res.status !== \"COMPLETED\") { fail(); }\n")?.enteredFor, unsettled.union(["FAILED"]))
        XCTAssertEqual(condition("a.java", "if (!\"FAILED\".equals(status)) { poll(); }\n")?.enteredFor, unsettled.union(["COMPLETED"]))
        XCTAssertEqual(condition("a.py", "if status not in (\"COMPLETED\", \"FAILED\"):\n    poll()\n")?.enteredFor, unsettled)
        XCTAssertEqual(condition("a.kt", "if (execution.status == Status.PROCESSING) { poll() }\n")?.enteredFor, ["PROCESSING"])
        // Swift `guard ... else`: the block runs when the condition fails.
        let guarded = condition("a.swift", "guard status == \"COMPLETED\" else {\n    cancel()\n}\n")
        XCTAssertEqual(guarded?.enteredFor, unsettled.union(["FAILED"]))
        // An invoice's own status is a different model; an order's payment_status mirrors the execution.
        XCTAssertEqual(condition("a.rb", "if invoice.status == \"PENDING\"\n  cancel\nend\n")?.isSourceStatus, true)
        XCTAssertEqual(condition("a.py", "if order.payment_status == \"PENDING\":\n    cancel()\n")?.isSourceStatus, false)
        XCTAssertNil(condition("a.go", "if err != nil {\n\treturn err\n}\n"))
    }

    func testStatusArmsOfASwitch() {
        let code = """
            switch exec.Status {
            case "FAILED", "PROCESSING":
            \tmarkFailed()
            case "COMPLETED":
            \tship()
            }
            """
        let f = facts("s.go", code)
        let arms = f.branches.map { $0.condition.enteredFor }
        XCTAssertTrue(arms.contains(["FAILED", "PROCESSING"]), "\(arms)")
        XCTAssertTrue(arms.contains(["COMPLETED"]), "\(arms)")
        XCTAssertEqual(f.branches.first { $0.condition.enteredFor.contains("PROCESSING") }?.signalsFailure, true)
    }

    // MARK: enclosing

    /// `enclosing` reads a per-token table and walks parents: the answer for a deep token is its chain, whatever
    /// the number of sibling blocks before it.
    func testEnclosingFollowsParentsOnly() {
        var code = ""
        for k in 0..<300 { code += "if (x\(k)) { a\(k)(); }\n" }
        code += "function f() { while (true) { try { target(); } catch (e) {} } }\n"
        let m = model("big.js", code)
        XCTAssertEqual(m.blocks.enclosing(call(m, "target").nameToken).map { $0.keyword }, [.try, .while, .function])
        XCTAssertEqual(m.blocks.enclosing(call(m, "a299").nameToken).map { $0.keyword }, [.if])
        XCTAssertTrue(m.blocks.enclosing(0).isEmpty)
    }
}
