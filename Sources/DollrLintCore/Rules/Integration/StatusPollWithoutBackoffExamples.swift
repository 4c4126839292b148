/// Examples of `status-poll-without-backoff`: status polled with no pause, or at a fixed pace forever; and the
/// patterns Dollr recommends (growing delays, a capped schedule, a deadline, a bounded job, realtime updates).
enum StatusPollWithoutBackoffExamples {
    static let triggering: [RuleExample] = [
        RuleExample(
            "app/dollr/wait.py",
            """
            def wait_for_payment(reference_id, headers):
                while True:
                    r = ↓requests.get(f"{DOLLR_BASE}/v1/status/collection/{reference_id}", headers=headers, timeout=10)
                    if r.json()["status"] in ("COMPLETED", "FAILED"):
                        return r.json()
            """),
        RuleExample(
            "src/dollr/wait.js",
            """
            async function waitForPayment(ref) {
              let status = "PENDING";
              while (status !== "COMPLETED" && status !== "FAILED") {
                const res = await ↓fetch(`${DOLLR_BASE}/v1/status/collection/${ref}`, { headers, signal: AbortSignal.timeout(5000) });
                ({ status } = await res.json());
                await sleep(3000);
              }
            }
            """),
        RuleExample(
            "internal/dollr/wait.go",
            """
            func (c *Client) WaitPayout(ref string) (string, error) {
                for {
                    resp, err := ↓c.http.Get(c.base + "/v1/status/payout/" + ref)
                    if err != nil {
                        return "", err
                    }
                    if s := decodeStatus(resp); s == "COMPLETED" || s == "FAILED" {
                        return s, nil
                    }
                    time.Sleep(2 * time.Second)
                }
            }
            """),
        RuleExample(
            "src/checkout/status.ts",
            """
            export function watch(ref: string) {
              const timer = ↓setInterval(async () => {
                const r = await fetch(`${DOLLR_BASE}/v1/status/collection/${ref}`, { headers, signal: AbortSignal.timeout(5000) });
                const data = await r.json();
                if (data.status === "COMPLETED") clearInterval(timer);
              }, 3000);
            }
            """),
        RuleExample(
            "payments/tasks.py",
            """
            @shared_task
            def poll_status(reference_id):
                status = ↓dollr.get(f"/v1/status/collection/{reference_id}").json()["status"]
                if status == "PROCESSING":
                    poll_status.apply_async(args=[reference_id], countdown=5)
            """),
        RuleExample(
            "app/Services/DollrStatus.php",
            """
            <?php
            do {
                $status = ↓$http->get("/v1/status/collection/$referenceId")->json('status');
            } while ($status === 'PROCESSING');
            """),
        RuleExample(
            "src/main/java/shop/DollrStatus.java",
            """
            while (true) {
                var res = http.send(HttpRequest.newBuilder(↓URI.create(base + "/v1/status/collection/" + ref)).timeout(TEN).build(), ofString());
                if (!res.body().contains("PROCESSING")) return res.body();
                Thread.sleep(2000);
            }
            """),
        RuleExample(
            "app/jobs/poll_sale_job.rb",
            """
            class PollSaleJob < ApplicationJob
              def perform(sale_id)
                sale = Sale.find(sale_id)
                status = ↓Dollr::Client.new.collection_status(sale.reference_id)["status"]
                self.class.set(wait: 3.seconds).perform_later(sale_id) if status == "PROCESSING"
              end
            end
            """),
        RuleExample(
            "bin/wait-for-payment.php",
            """
            <?php
            use CornerShop\\Dollr\\Payments;

            $payments = new Payments(DollrClient::fromEnv());
            while (true) {
                $status = ↓$payments->status($argv[1]);
                if ($status === 'COMPLETED' || $status === 'FAILED') { exit(0); }
                usleep(500000);
            }
            """),
        RuleExample(
            "lib/tasks/dollr.rake",
            """
            task :wait, [:reference_id] => :environment do |_t, args|
              client = DollrClient.new
              loop do
                result = ↓client.payout_status(args[:reference_id])
                break if %w[COMPLETED FAILED].include?(result["status"])
                sleep 5
              end
            end
            """),
        // A job that never says "Dollr" but polls a Dollr status path through the project's client.
        RuleExample(
            "app/jobs/settle.py",
            """
            def wait_for_final(reference_id):
                while True:
                    r = ↓pay.http.get(pay.base_url + "/v1/status/collection/" + reference_id, timeout=10)
                    if r.json()["status"] in ("COMPLETED", "FAILED"):
                        return r.json()["status"]
            """),
    ]

    static let nonTriggering: [RuleExample] = [
        RuleExample(
            "app/jobs/settle.py",
            """
            def wait_for_final(reference_id):
                delay = 2
                while True:
                    r = pay.http.get(pay.base_url + "/v1/status/collection/" + reference_id, timeout=10)
                    if r.json()["status"] in ("COMPLETED", "FAILED"):
                        return r.json()["status"]
                    time.sleep(delay)
                    delay = min(delay * 2, 30)
            """),
        RuleExample(
            "app/dollr/wait.py",
            """
            def wait_for_payment(reference_id, headers, deadline_s=600):
                delay, started = 2, time.monotonic()
                while time.monotonic() - started < deadline_s:
                    r = requests.get(f"{DOLLR_BASE}/v1/status/collection/{reference_id}", headers=headers, timeout=10)
                    if r.json()["status"] in ("COMPLETED", "FAILED"):
                        return r.json()
                    time.sleep(delay)
                    delay = min(delay * 2, 60)
            """),
        RuleExample(
            "src/dollr/wait.js",
            """
            async function waitForPayment(ref) {
              for (let attempt = 0; attempt < 10; attempt++) {
                const res = await fetch(`${DOLLR_BASE}/v1/status/collection/${ref}`, { headers, signal: AbortSignal.timeout(5000) });
                const { status } = await res.json();
                if (status === "COMPLETED" || status === "FAILED") return status;
                await sleep(Math.min(1000 * 2 ** attempt, 30_000));
              }
            }
            """),
        RuleExample(
            "internal/dollr/wait.go",
            """
            func (c *Client) WaitPayout(ref string) (string, error) {
                for i := 0; i < 30; i++ {
                    resp, err := c.http.Get(c.base + "/v1/status/payout/" + ref)
                    if err != nil {
                        return "", err
                    }
                    if s := decodeStatus(resp); s == "COMPLETED" || s == "FAILED" {
                        return s, nil
                    }
                    time.Sleep(3 * time.Second)
                }
                return "PROCESSING", nil
            }
            """),
        RuleExample(
            "app/Jobs/PollDollrStatus.php",
            """
            <?php
            class PollDollrStatus implements ShouldQueue {
                public function handle(DollrClient $dollr) {
                    $status = $dollr->http()->get("/v1/status/collection/{$this->referenceId}")->json('status');
                    if ($status === 'PROCESSING' && $this->attempts() < 20) {
                        $this->release(10);
                    }
                }
            }
            """),
        RuleExample(
            "app/src/main/kotlin/shop/DollrStatus.kt",
            """
            suspend fun waitFor(ref: String): String {
                repeat(20) { attempt ->
                    val status = dollr.get("/v1/status/collection/$ref").status
                    if (status != "PROCESSING") return status
                    delay(1000L shl minOf(attempt, 5))
                }
                return "PROCESSING"
            }
            """),
        RuleExample(
            "src/checkout/live.ts",
            """
            // Realtime updates instead of polling; the server verifies with GET /v1/status/collection/{reference_id} once.
            const channel = supabase.channel(`payment-intent:${sessionId}:${referenceId}`).on("postgres_changes", filter, onChange).subscribe();
            const final = await fetch(`${DOLLR_BASE}/v1/status/collection/${referenceId}`, { headers, signal: AbortSignal.timeout(5000) });
            """),
        RuleExample(
            "app/dollr/reconcile.py",
            """
            def reconcile(pending):
                for order in pending:
                    r = requests.get(f"{DOLLR_BASE}/v1/status/collection/{order.reference_id}", headers=h, timeout=10)
                    order.update_status(r.json()["status"])
            """),
        RuleExample(
            "src/routes/orders.js",
            """
            // Setting an HTTP response's status, or a record's, is not reading Dollr's.
            for (const order of orders) {
              await order.updateStatus("PROCESSING");
            }
            while (queue.length) {
              const job = queue.shift();
              res.status(202).json({ job, state: "PENDING" });
            }
            """),
        RuleExample(
            "app/jobs/poll_refund_job.rb",
            """
            class PollRefundJob < ApplicationJob
              def perform(refund_id, attempt = 0)
                status = Dollr::Client.new.collection_status(Refund.find(refund_id).reference_id)["status"]
                return if status != "PROCESSING"
                self.class.set(wait: (2**attempt).seconds).perform_later(refund_id, attempt + 1) if attempt < 12
              end
            end
            """),
        RuleExample(
            "lib/tasks/dollr.rake",
            """
            task :wait, [:reference_id] => :environment do |_t, args|
              client = DollrClient.new
              12.times do |attempt|
                result = client.payout_status(args[:reference_id])
                break if %w[COMPLETED FAILED].include?(result["status"])
                sleep [2**attempt, 60].min
              end
            end
            """),
    ]
}
