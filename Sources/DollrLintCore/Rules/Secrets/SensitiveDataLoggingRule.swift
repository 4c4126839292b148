import Foundation

/// Card data, the 3-D Secure client_secret, whole execution payloads/responses or payer PII written to logs.
public final class SensitiveDataLoggingRule: OutsideDollrCodeGate {
    public init() {}
    static let messageCard = "Card data is written to the log"
    static let messageClientSecret = "The payment's 3-D Secure client_secret is written to the log"
    static let messagePayload = "The whole execution payload is written to the log (payer details, account and reference)"
    static let messageResponse = "The whole execution response is written to the log (payer details and provider data)"
    static let messagePII = "Payer personal data (phone, account number, e-mail) is written to the log"

    public let description = RuleDescription(
        id: .sensitiveDataLogging, category: .secrets, severity: .error,
        title: "Card data, 3-D Secure client_secret, execution payloads or payer PII written to logs",
        rationale:
            "Card numbers and CVCs must never be stored (PCI DSS); the Stripe client_secret of a payment lets anyone who reads it "
            + "confirm that payment; execution payloads and responses carry payers' phone numbers and account numbers, which are "
            + "personal data.",
        fix:
            "Log identifiers and outcomes only: reference_id, status, amounts. Pass the client_secret to Stripe.js and nowhere else. "
            + "Mask phone numbers (2317****4567) if you must log them.",
        helpURL: DocLinks.aiContext,
        keywords: ["log", "print", "puts", "echo", "dump", "console", "nslog", "trace"],
        // Outside Dollr code only a Dollr execution and what is read from it count (`dollrValueReason`).
        keywordsOutsideDollrCode: ["execution"],
        readsDataFiles: false,
        triggering: [
            RuleExample(
                "src/pay.ts",
                "const { client_secret } = await dollr.collect(payload);\nconsole.log('3ds', ↓client_secret);\nawait "
                    + "stripe.confirmCardPayment(client_secret);\n"
            ),
            RuleExample(
                "app/pay.py",
                "execution = requests.post(f\"{BASE}/v1/executions/collection\", json=payload, "
                    + "headers=h).json()\nlogger.info(\"execution %s\", ↓execution)\n"
            ),
            RuleExample("app/Http/DollrPay.php", "<?php\nLog::info('payer', ['phone' => ↓$phone]);\n"),
            RuleExample("src/card.js", "import { collectByCard } from './dollr';\nconsole.log('card', ↓cardNumber, ↓cvc);\n"),
            // Not named Dollr, but an execution is Dollr's: the 3-D Secure secret read from one.
            RuleExample(
                "Shop/CheckoutViewModel.swift",
                """
                let execution = try JSONDecoder().decode(Execution.self, from: data)
                print("3DS \\(execution.↓client_secret)")
                """),
            RuleExample(
                "src/main/kotlin/shop/dollr/DollrClient.kt",
                """
                suspend fun executeCollection(req: CollectionRequest): ExecutionResponse {
                    val res = http.post("$baseUrl/v1/executions/collection") { setBody(req) }
                    val body = res.bodyAsText()
                    log.info("Dollr execution response: {}", ↓body)
                    return json.decodeFromString(ExecutionResponse.serializer(), body)
                }
                """),
            RuleExample(
                "fees/tasks.py",
                """
                @shared_task
                def execute_fee_payment(payment_pk):
                    payment = FeePayment.objects.get(pk=payment_pk)
                    client = DollrClient()
                    result = client.execute_collection(session_id=payment.session_id, reference_id=payment.reference_id)
                    logger.info("Dollr collection response for %s: %s", payment.receipt_no, ↓result)
                """),
            RuleExample(
                "Dollr/DollrPayments.cs",
                """
                public async Task<string> ExecuteAsync(object body)
                {
                    var res = await _http.PostAsJsonAsync("https://api.heydollr.app/v1/executions/collection", body);
                    var json = await res.Content.ReadAsStringAsync();
                    _logger.LogInformation("Dollr execution response {Body}", ↓json);
                    return json;
                }
                """),
            RuleExample(
                "src/main/java/coop/FeeCollector.java",
                """
                public class FeeCollector {
                    private final DollrClient client;

                    public void collect(CollectionRequest request) {
                        var result = client.executeCollection(request);
                        log.info("collection result {}", ↓result);
                    }
                }
                """),
            RuleExample(
                "internal/fees/collect.go",
                """
                package fees

                type Service struct {
                \tclient *dollr.Client
                }

                func (s *Service) Collect(ctx context.Context, req dollr.CollectionRequest) error {
                \tresult, err := s.client.ExecuteCollection(ctx, req)
                \tif err != nil {
                \t\treturn err
                \t}
                \tlog.Printf("dollr collection: %+v", ↓result)
                \treturn nil
                }
                """),
        ],
        nonTriggering: [
            RuleExample("src/pay.ts", "const { client_secret } = await res.json();\nawait stripe.confirmCardPayment(client_secret);\n"),
            RuleExample(
                "app/pay.py",
                "execution = requests.post(f\"{BASE}/v1/executions/collection\", json=payload, "
                    + "headers=h).json()\nlogger.info(\"execution %s %s\", execution[\"reference_id\"], execution[\"status\"])\n"
            ),
            RuleExample("src/card.js", "console.log('card form valid', isValid);\n"),
            // A framework's execution context (NestJS guards, GraphQL resolvers) is not a Dollr execution.
            RuleExample(
                "src/auth/roles.guard.ts",
                """
                canActivate(executionContext: ExecutionContext) {
                  const ctx = GqlExecutionContext.create(executionContext);
                  this.logger.debug(executionContext, ctx);
                }
                """),
            RuleExample("app/Http/Pay.php", "<?php\nLog::info('phone format invalid', ['phone_valid' => false]);\n"),
            // Payer data and payment secrets in code that never touches Dollr: another tool's business.
            RuleExample(
                "webhook.go",
                """
                package main

                import "log"

                func handle(cust Customer) {
                \tlog.Printf("Send the e-book to %s", cust.Email)
                }
                """),
            RuleExample(
                "Loyalty.cs",
                """
                public class CashRegister {
                    public void Ask(string email) {
                        _logger.LogInformation("Your email: {email}", email);
                    }
                }
                """),
            RuleExample(
                "checkout.js", "const session = await createPaymentSession(order)\nconsole.log(session.external_data.client_secret)\n"),
            RuleExample(
                "lib/tasks/cli.rake",
                """
                task :create_admin do
                  admin = Spree.user_class.create!(email: email, password: password)
                  print admin.email
                end
                """),
            RuleExample(
                "commands/populatedb.py",
                """
                for msg in create_catalogue_promotions(2):
                    self.stderr.write(f"Superuser already exists ({superuser.email})")
                """),
            // In Dollr code, a name that merely contains "log" is not a logger.
            RuleExample("app/dollr_sync.py", "catalogue.write(payer_phone)  # dollr\ndialog.info(payer_phone)\n"),
            RuleExample(
                "src/main/kotlin/shop/dollr/DollrClient.kt",
                """
                suspend fun executeCollection(req: CollectionRequest): ExecutionResponse {
                    val res = http.post("$baseUrl/v1/executions/collection") { setBody(req) }
                    val body = res.bodyAsText()
                    log.info("Dollr execution answered {}", res.status)
                    return json.decodeFromString(ExecutionResponse.serializer(), body)
                }
                """),
            RuleExample(
                "fees/tasks.py",
                """
                @shared_task
                def execute_fee_payment(payment_pk):
                    payment = FeePayment.objects.get(pk=payment_pk)
                    client = DollrClient()
                    result = client.execute_collection(session_id=payment.session_id, reference_id=payment.reference_id)
                    logger.info("Dollr collection %s: %s", result["reference_id"], result["status"])
                """),
            RuleExample(
                "Dollr/DollrPayments.cs",
                """
                public async Task<string> ExecuteAsync(object body)
                {
                    var res = await _http.PostAsJsonAsync("https://api.heydollr.app/v1/executions/collection", body);
                    var json = await res.Content.ReadAsStringAsync();
                    _logger.LogInformation("Dollr execution answered {Status}", res.StatusCode);
                    return json;
                }
                """),
            RuleExample(
                "src/main/java/coop/FeeCollector.java",
                """
                public class FeeCollector {
                    private final DollrClient client;

                    public void collect(CollectionRequest request) {
                        var result = client.executeCollection(request);
                        log.info("collection {} is {}", result.referenceId(), result.status());
                    }
                }
                """),
            RuleExample(
                "internal/fees/collect.go",
                """
                package fees

                type Service struct {
                \tclient *dollr.Client
                }

                func (s *Service) Collect(ctx context.Context, req dollr.CollectionRequest) error {
                \tresult, err := s.client.ExecuteCollection(ctx, req)
                \tif err != nil {
                \t\treturn err
                \t}
                \tlog.Printf("dollr collection %s: %s", result.ReferenceID, result.Status)
                \treturn nil
                }
                """),
        ])

    /// Outside Dollr code only an execution is reported, an `ExecutionContext` is not one, and generated code is
    /// nobody's to fix.
    public func mayReportOutsideDollrCode(_ file: InMemoryFile) -> Bool {
        SensitiveReferenceFinder.mentionsExecution(file.bytes) && !GeneratedCode.isGenerated(file)
    }

    /// Only a name or string that says execution makes a logged value Dollr's there (`dollrValueReason`); one in a
    /// comment (jQuery's "script execution", a pom's `<execution>` aside) never does.
    public func mayReportOutsideDollrCode(_ lexed: LexedFile) -> Bool {
        lexed.tokens.contains { t in
            (t.kind == .identifier || t.kind == .string)
                && SensitiveReferenceFinder.mentionsExecution(lexed.source.bytes, in: t.start..<t.end)
        }
    }

    public func check(_ context: RuleContext) {
        let logged = context.loggedReferences
        // Asked only where there is something to report: deciding it may read the project's modules.
        guard !logged.isEmpty else { return }
        let fileScope = context.dollrScope.reason
        // Outside Dollr's code only a value that is Dollr's by itself (an execution and what is read from it) counts.
        let finder = fileScope == nil ? SensitiveReferenceFinder(context) : nil
        for (_, refs) in logged {
            for r in refs {
                guard let scope = fileScope ?? finder?.dollrValueReason(r) else { continue }
                let message: String
                switch r.kind {
                case .cardData: message = SensitiveDataLoggingRule.messageCard
                case .paymentClientSecret: message = SensitiveDataLoggingRule.messageClientSecret
                case .executionPayload: message = SensitiveDataLoggingRule.messagePayload
                case .executionResponse: message = SensitiveDataLoggingRule.messageResponse
                case .payerPII: message = SensitiveDataLoggingRule.messagePII
                default: continue
                }
                context.report(token: r.token, message: message, scope: scope)
            }
        }
    }
}
