enum ProcessingTreatedAsFailureExamples {
    static let triggering: [RuleExample] = [
        RuleExample(
            "payments/views.py",
            """
            def confirm(request, order_id):
                order = Order.objects.get(pk=order_id)
                status = requests.get(f"{BASE}/v1/status/collection/{order.reference_id}", headers=dollr_headers(), timeout=30).json()
                if status["status"] == "COMPLETED":
                    order.mark_paid()
                ↓else:
                    order.status = "failed"
                    order.save()
                return redirect("order", order_id)
            """),
        RuleExample(
            "src/routes/confirm.ts",
            """
            export async function confirm(req: Request, res: Response) {
              const { data } = await dollr.get(`/v1/status/collection/${req.params.ref}`);
              ↓if (data.status !== "COMPLETED") {
                return res.status(402).json({ error: "Payment failed, please try again" });
              }
              res.json({ ok: true });
            }
            """),
        RuleExample(
            "app/Http/Controllers/PaymentController.php",
            """
            <?php
            class PaymentController {
                public function check(Payment $payment) {
                    $status = Http::withToken($this->token())->get($this->base . "/v1/status/collection/{$payment->reference_id}")->json('status');
                    ↓if ($status === 'PROCESSING' || $status === 'FAILED') {
                        $payment->cancel();
                    }
                    return back();
                }
            }
            """),
        RuleExample(
            "src/main/java/com/acme/pay/StatusChecker.java",
            """
            public class StatusChecker {
                public void reconcile(Payment p) {
                    Execution e = rest.getForObject(base + "/v1/status/payout/" + p.getReferenceId(), Execution.class);
                    switch (e.status()) {
                        case "COMPLETED": p.markPaid(); break;
                        ↓case "PENDING":
                        case "PROCESSING":
                            refunds.refund(p);
                            break;
                        default: break;
                    }
                }
            }
            """),
        RuleExample(
            "dollr/reconcile.go",
            """
            func (s *Service) Reconcile(ctx context.Context, p Payment) error {
            	st, err := s.client.Status(ctx, "/v1/status/collection/"+p.Ref)
            	if err != nil {
            		return err
            	}
            	↓if st.Status == "PROCESSING" {
            		return s.client.Execute(ctx, "/v1/executions/collection", CollectBody{SessionID: p.SessionID, ReferenceID: uuid.NewString()})
            	}
            	return nil
            }
            """),
        RuleExample(
            "app/services/payment_status.rb",
            """
            class PaymentStatus
              def refresh(payment)
                body = conn.get("/v1/status/collection/#{payment.reference_id}").body
                case body["status"]
                when "COMPLETED" then payment.update!(state: "paid")
                ↓when "PROCESSING", "FAILED"
                  payment.update!(state: "failed")
                end
              end
            end
            """),
        RuleExample(
            "Sources/App/PaymentView.kt",
            """
            fun render(status: ExecutionStatus) {
                val st = api.status("/v1/status/collection/$ref")
                when (st.status) {
                    "COMPLETED" -> showSuccess()
                    ↓"PROCESSING" -> showError("Payment failed")
                    else -> showPending()
                }
            }
            """),
        // PHP `elseif` after the COMPLETED test; `await` before the failing update is no waiting.
        RuleExample(
            "app/Console/Commands/Reconcile.php",
            """
            <?php
            class Reconcile extends Command {
                public function handle(DollrClient $dollr) {
                    foreach (Payment::pending()->get() as $payment) {
                        $status = $dollr->status('collection', $payment->reference)['status'];
                        if ($status === 'COMPLETED') {
                            $payment->markPaid();
                        } ↓elseif ($status === 'PROCESSING' || $status === 'FAILED') {
                            $payment->markFailed('Dollr: ' . $status);
                        }
                    }
                }
            }
            """),
        RuleExample(
            "src/services/checkout.ts",
            """
            export async function pay(order: Order, body: CollectBody) {
              const execution = await dollr.post("/v1/executions/collection", body).then(r => r.data);
              ↓if (execution.status !== "COMPLETED") {
                await db.orders.update(order.id, { status: "payment_failed" });
                return { ok: false };
              }
              return { ok: true };
            }
            """),
    ]

    static let nonTriggering: [RuleExample] = [
        // The docs' retry: PROCESSING counts as landed, like COMPLETED.
        RuleExample(
            "payments/dollr.py",
            """
            def after_timeout(reference_id, headers):
                status = requests.get(f"{BASE_URL}/v1/status/collection/{reference_id}", headers=headers)
                if status.ok and status.json().get("status") in ("COMPLETED", "PROCESSING"):
                    return status.json()
                raise Exception("Execution failed")
            """),
        RuleExample(
            "src/routes/confirm.ts",
            """
            export async function confirm(req: Request, res: Response) {
              const { data } = await dollr.get(`/v1/status/collection/${req.params.ref}`);
              if (data.status === "COMPLETED") return res.json({ ok: true });
              if (data.status === "FAILED") return res.status(402).json({ error: "Payment failed" });
              res.json({ pending: true, message: "Waiting for the payer to approve on their phone" });
            }
            """),
        // Invoice (source) statuses are a different model.
        RuleExample(
            "app/Http/Controllers/InvoiceController.php",
            """
            <?php
            class InvoiceController {
                public function sync(Invoice $invoice) {
                    $source = Http::withToken($this->token())->get($this->base . "/v1/status/source", ['source_type' => 'INVOICE', 'source_id' => $invoice->dollr_id])->json();
                    if ($invoice->status === 'PENDING' && $source['status'] !== 'PAID') {
                        $invoice->cancel();
                    }
                }
            }
            """),
        RuleExample(
            "dollr/poll.go",
            """
            func (s *Service) Wait(ctx context.Context, ref string) (*Execution, error) {
            	for i := 0; i < 30; i++ {
            		st, err := s.client.Status(ctx, "/v1/status/collection/"+ref)
            		if err != nil {
            			return nil, err
            		}
            		if st.Status == "PROCESSING" || st.Status == "PENDING" {
            			time.Sleep(backoff(i))
            			continue
            		}
            		return st, nil
            	}
            	return nil, ErrStillPending
            }
            """),
        RuleExample(
            "src/main/java/com/acme/pay/StatusChecker.java",
            """
            public class StatusChecker {
                public void reconcile(Payment p) {
                    Execution e = rest.getForObject(base + "/v1/status/payout/" + p.getReferenceId(), Execution.class);
                    switch (e.status()) {
                        case "COMPLETED": p.markPaid(); break;
                        case "FAILED": p.markFailed(); break;
                        case "PENDING":
                        case "PROCESSING":
                            scheduler.schedule(() -> reconcile(p), 30, TimeUnit.SECONDS);
                            break;
                    }
                }
            }
            """),
        RuleExample(
            "app/services/payment_status.rb",
            """
            class PaymentStatus
              def refresh(payment)
                body = conn.get("/v1/status/collection/#{payment.reference_id}").body
                case body["status"]
                when "COMPLETED" then payment.update!(state: "paid")
                when "FAILED" then payment.update!(state: "failed")
                else payment.update!(state: "pending")
                end
              end
            end
            """),
        // The merchant's own order states are not Dollr's.
        RuleExample(
            "orders/cleanup.py",
            """
            def expire_orders():
                for order in Order.objects.filter(status="pending"):
                    if order.status == "pending" and order.created_at < cutoff():
                        order.cancel()
            """),
        RuleExample(
            "app/Console/Commands/Reconcile.php",
            """
            <?php
            class Reconcile extends Command {
                public function handle(DollrClient $dollr) {
                    foreach (Payment::pending()->get() as $payment) {
                        $status = $dollr->status('collection', $payment->reference)['status'];
                        if ($status === 'COMPLETED') {
                            $payment->markPaid();
                        } elseif ($status === 'FAILED') {
                            $payment->markFailed('Dollr: ' . $status);
                        }
                    }
                }
            }
            """),
        RuleExample(
            "src/services/checkout.ts",
            """
            export async function pay(order: Order, body: CollectBody) {
              const execution = await dollr.post("/v1/executions/collection", body).then(r => r.data);
              if (execution.status !== "COMPLETED") {
                await db.orders.update(order.id, { status: "awaiting_payment" });
                return { ok: false, pending: true };
              }
              return { ok: true };
            }
            """),
    ]
}
