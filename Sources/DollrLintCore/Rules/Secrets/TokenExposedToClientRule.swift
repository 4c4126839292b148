/// A server route that returns the Dollr access token (or the whole token response) in its response body.
public final class TokenExposedToClientRule: Rule {
    public init() {}
    static let message = "Server route returns the Dollr access token to the client; keep it on the server and proxy the calls instead"

    public let description = RuleDescription(
        id: .tokenExposedToClient, category: .secrets, severity: .error,
        title: "Server route hands the Dollr access token to the browser",
        rationale:
            "A Dollr access token is a bearer credential for the merchant's whole account: whoever holds it can create executions and "
                + "payouts until it expires. Returning it from a route gives it to every browser extension, proxy and XSS payload on "
                + "the page.",
        fix:
            "Call Dollr from the server and return only what the page needs (status, reference_id, a checkout URL). For live status "
                + "in the browser use a realtime key, which is scoped for that purpose.",
        helpURL: DocLinks.nextjs,
        keywords: ["token"],
        triggering: [
            RuleExample(
                "app/api/dollr/token/route.ts",
                """
                export async function POST() {
                  const res = await fetch(`${BASE}/v1/jwt/client/obtain/token`, { method: "POST" });
                  const data = await res.json();
                  return Response.json({ access_token: data.↓access_token });
                }
                """),
            RuleExample(
                "server.js",
                """
                app.get('/dollr-token', async (req, res) => {
                  const token = await getDollrToken();
                  res.json({ token: ↓token });
                });
                """),
            RuleExample(
                "app/views.py",
                """
                def dollr_token(request):
                    resp = requests.post(f"{BASE}/v1/jwt/client/obtain/token", json=creds)
                    return JsonResponse(↓resp.json())
                """),
            RuleExample(
                "app/Http/Controllers/TokenController.php",
                """
                <?php
                class TokenController {
                    public function show() {
                        $token = $this->dollr->accessToken();
                        return response()->json(['access_token' => ↓$token]);
                    }
                }
                """),
            // Sinatra's `json` helper, a command call without parentheses.
            RuleExample(
                "app.rb",
                """
                PAY = DollrClient.new

                get "/api/rider/pay-token" do
                  json token: PAY.↓access_token, base_url: "https://api.heydollr.app"
                end
                """),
            RuleExample(
                "app/controllers/dollr_tokens_controller.rb",
                """
                class DollrTokensController < ApplicationController
                  def show
                    res = @conn.post("/v1/jwt/client/obtain/token", client_id: ENV.fetch("DOLLR_CLIENT_ID"), client_secret: secret)
                    render json: { access_token: res.body[↓"access_token"] }
                  end
                end
                """),
        ],
        nonTriggering: [
            RuleExample(
                "app/api/pay/route.ts",
                """
                export async function POST() {
                  const token = await getDollrToken();
                  const r = await fetch(`${BASE}/v1/executions/collection`, { headers: { Authorization: `Bearer ${token}` } });
                  const e = await r.json();
                  return Response.json({ status: e.status, reference_id: e.reference_id });
                }
                """),
            RuleExample(
                "server.js",
                """
                // our own session JWT for our own users, not Dollr's
                app.post('/login', async (req, res) => {
                  const token = signSession(req.user);
                  res.json({ token });
                });
                """),
            RuleExample(
                "app/views.py",
                """
                def pay_status(request, reference_id):
                    token = dollr.get_token()
                    r = requests.get(f"{BASE}/v1/status/collection/{reference_id}", headers={"Authorization": f"Bearer {token}"})
                    return JsonResponse({"status": r.json()["status"]})
                """),
            RuleExample(
                "src/lib/dollr.ts",
                """
                async function getToken() {
                  const res = await fetch(`${BASE}/v1/jwt/client/obtain/token`, { method: "POST" });
                  const data = await res.json();
                  return data.access_token;
                }
                """),
            // Another provider's OAuth token in code that never touches Dollr.
            RuleExample(
                "oauth.py",
                """
                from flask import Flask, render_template

                @app.route("/callback")
                def callback():
                    response = obtain_token(body)
                    content = "<div>{}</div>".format(response.body['access_token'])
                    return render_template("base.html", content=content)
                """),
            // A realtime key is meant for the browser, from a route or echoed by a CLI.
            RuleExample(
                "server/realtime.js",
                """
                app.post('/dollr/realtime-key', async (req, res) => {
                  const r = await fetch(`${DOLLR_BASE}/v1/realtime-keys/collection`, { method: 'POST', body, signal });
                  const { access_token } = await r.json();
                  res.json({ access_token });
                });
                """),
            // Sinatra: the realtime key is for the browser; the order's reference id is not a token.
            RuleExample(
                "app.rb",
                """
                PAY = DollrClient.new

                post "/api/orders/:id/live" do
                  key = PAY.post("/v1/realtime-keys/collection", { session_id: order.session_id.to_i, source_type: "ORDER" })
                  json access_token: key["access_token"], expires_in: key["expires_in"]
                end

                get "/api/orders/:id/status" do
                  json status: PAY.get("/v1/status/collection/#{order.reference_id}")["status"]
                end
                """),
            RuleExample(
                "docs/realtime-keys.md",
                """
                ```php PHP
                $ch = curl_init("https://api.heydollr.app/v1/realtime-keys/collection");
                curl_setopt_array($ch, [CURLOPT_RETURNTRANSFER => true, CURLOPT_POST => true, CURLOPT_POSTFIELDS => json_encode($body)]);
                $rt = json_decode(curl_exec($ch), true);
                curl_close($ch);
                echo "Realtime token: " . $rt["access_token"];
                ```
                """),
            // A Go client's own `send` on its receiver, decoding the token response into a local: not a response writer.
            RuleExample(
                "internal/dollr/client.go",
                """
                package dollr

                func (c *Client) bearer(ctx context.Context) (string, error) {
                \tvar tok tokenResponse
                \tif err := c.send(ctx, http.MethodPost, "/v1/jwt/client/obtain/token", body, &tok); err != nil {
                \t\treturn "", err
                \t}
                \treturn tok.AccessToken, nil
                }
                """),
            RuleExample(
                "bin/realtime-key.php",
                """
                <?php
                $response = Http::withToken($token)->timeout(10)->post("https://api.heydollr.app/v1/realtime-keys/collection", $body);
                echo $response->json()['access_token'] . PHP_EOL;
                """),
            RuleExample(
                "app/clients/dollr_client.rb",
                """
                class DollrClient
                  private

                  # The token stays in the client: a Ruby method returns its last expression, and `body["x"]` is an index, not a call.
                  def access_token
                    res = @conn.post("/v1/jwt/client/obtain/token", client_id: ENV.fetch("DOLLR_CLIENT_ID"), client_secret: secret)
                    Rails.cache.write("dollr:token", res.body["access_token"], expires_in: res.body["expires_in"].to_i.minutes)
                    res.body["access_token"]
                  end
                end
                """),
        ])

    static let responseCalls: Set<String> = [
        "json", "send", "jsonify", "JsonResponse", "JSONResponse", "Response", "ok", "Ok", "json_response", "make_response",
        "render", "JSON", "Encode", "Json", "IndentedJSON", "write", "Write", "end", "body", "status_json", "respond_with", "JsonResult",
        "OkObjectResult", "send_json", "jsonp", "success", "created", "body_json", "with_json", "respond", "respondText", "echo",
        "writeJSON", "writeJson", "WriteJSON", "respondJSON", "respondWithJSON", "renderJSON", "sendJSON", "jsonResponse",
    ]
    static let responseBases: Set<String> = [
        "res", "response", "reply", "ctx", "c", "w", "resp", "nextresponse", "httpresponse", "responseentity", "results", "typedresults",
        "json", "h", "context", "rw", "writer", "call",
    ]
    static let routeDecorators = [
        "route", "get", "post", "put", "api_view", "getmapping", "postmapping", "requestmapping", "httpget", "httppost", "app.get",
        "router",
    ]

    public func check(_ context: RuleContext) {
        guard !context.isClientCode else { return }
        let model = context.model
        let file = context.lexed
        let finder = SensitiveReferenceFinder(context)
        var ranges: [Range<Int>] = []
        for call in model.calls
        where isResponseCall(call, language: file.language(ofToken: call.nameToken)) && !callsOwnGoReceiver(call, context) {
            ranges.append(call.args)
        }
        // `return {...}` from route functions (FastAPI, Flask, Spring, Laravel controllers, Next.js handlers).
        for f in model.functions where isRoute(f, context) {
            for i in f.body where file.isIdentifier(i, "return") {
                var e = i + 1
                while e < f.body.upperBound, !(file.tokens[e].kind == .newline && file.tokens[e].match < 0 && statementEnds(e, file)),
                    !file.isPunct(e, ";")
                {
                    if file.tokens[e].match > Int32(e) { e = Int(file.tokens[e].match) }
                    e += 1
                }
                ranges.append((i + 1)..<min(e, f.body.upperBound))
            }
        }
        var reported = Set<Int>()
        for r in ranges {
            for ref in finder.references(in: r) where ref.kind == .accessToken || ref.kind == .tokenResponse {
                if reported.insert(ref.token).inserted {
                    guard let scope = context.dollrScope.reason else { return }
                    context.report(token: ref.token, message: TokenExposedToClientRule.message, scope: scope)
                }
            }
            // A response field named access_token is the token whatever computes it (`client.token()`, `Map.of("accessToken", ...)`).
            guard context.mentionsDollrInCode else { continue }
            for k in r where file.tokens[k].kind == .identifier || file.tokens[k].kind == .string {
                let name = file.tokens[k].kind == .string ? (file.plainString(k) ?? "") : file.text(k)
                let n = CodeModel.normalize(name)
                guard ["accesstoken", "dollraccesstoken", "dollrtoken", "token", "bearertoken", "jwt"].contains(n), let sep = file.next(k),
                    file.isPunct(sep, ":") || file.isPunct(sep, "=>") || file.isPunct(sep, ",") || file.isPunct(sep, "=")
                        || file.isIdentifier(sep, "to"),
                    let value = file.next(sep), value < r.upperBound, file.tokens[value].kind != .string, file.tokens[value].kind != .number
                else { continue }
                if file.isPunct(sep, ",") && file.tokens[k].kind != .string { continue }
                // A realtime key's access_token is meant for the browser.
                if file.tokens[value].kind == .identifier, context.dollrCalls.holding(file.text(value), at: value) == .realtimeKeyResponse {
                    continue
                }
                var e = value
                var names: [String] = []
                while e < r.upperBound, !file.isPunct(e, ","), !file.isPunct(e, "}"), !file.isPunct(e, ")") || e == value, e - value < 12 {
                    if file.tokens[e].kind == .identifier { names.append(CodeModel.normalize(file.text(e))) }
                    if file.tokens[e].match > Int32(e) { e = Int(file.tokens[e].match) }
                    e += 1
                }
                // The app's own tokens: `jwt.signAsync(...)`, `session.token`, a CSRF token, a variable assigned from one.
                if (value..<e).contains(where: { file.tokens[$0].kind == .identifier && finder.hasOtherOrigin(file.text($0), at: $0) }) {
                    continue
                }
                if names.contains(where: {
                    ["sign", "signasync", "jwt", "session", "csrf", "antiforgery", "user", "login", "encode"].contains($0) || $0.has("sign")
                        || $0.has("csrf") || $0.has("session")
                }) {
                    continue
                }
                // A generic `token` key counts only when its value comes from a Dollr token helper (`getAccessToken()`,
                // `this.dollr.getToken()`).
                if n == "token" || n == "jwt" {
                    guard
                        names.contains(where: { $0.has("accesstoken") || $0.has("dollrtoken") })
                            || (names.contains { $0.has("dollr") } && names.contains { $0.has("token") })
                    else { continue }
                }
                guard !reported.contains(where: { $0 > k && $0 <= value + 8 }), reported.insert(value).inserted else { continue }
                // Asked only where there is something to report: deciding it may read the project's modules.
                guard let scope = context.dollrScope.reason else { return }
                context.report(token: value, message: TokenExposedToClientRule.message, scope: scope)
            }
        }
    }

    private func statementEnds(_ newline: Int, _ file: LexedFile) -> Bool {
        guard let p = file.previous(newline) else { return true }
        return !["(", "[", "{", ",", "+", ".", "=>", "->", "\\"].contains(file.text(p))
    }

    private func isResponseCall(_ call: CodeModel.Call, language: Language) -> Bool {
        guard TokenExposedToClientRule.responseCalls.contains(call.name) else { return false }
        // Rust's `Ok(...)` is Result::Ok, not an HTTP 200; axum's `Json(...)` is the response.
        if call.callee.count == 1 && call.name == "echo" { return language == .php }
        if call.callee.count == 1 {
            return [
                "writeJSON", "writeJson", "WriteJSON", "respondJSON", "respondWithJSON", "renderJSON", "sendJSON", "jsonResponse",
                "jsonify", "JsonResponse", "JSONResponse", "Response", "Json", "render", "make_response", "JsonResult", "OkObjectResult",
                "respond_with",
            ].contains(call.name) || (call.name == "Ok" && language != .rust)
                // Bare `json(...)`: Express-style helpers in JavaScript, Sinatra's `json` helper (sinatra/json) in Ruby.
                || (call.name == "json" && (language.isJavaScriptLike || language == .ruby))
        }
        let first = call.callee[0].lowercased()
        return TokenExposedToClientRule.responseBases.contains(first)
            || call.callee.contains { TokenExposedToClientRule.responseBases.contains($0.lowercased()) && $0 != call.name }
    }

    /// Go `func (c *Client) bearer() { c.send(...) }`: a call on the method's own receiver is the type's own method, never a
    /// response writer (Go allows methods only on the package's own types, so `c` here is not gin's or echo's context).
    private func callsOwnGoReceiver(_ call: CodeModel.Call, _ context: RuleContext) -> Bool {
        let file = context.lexed
        guard call.callee.count >= 2, file.language(ofToken: call.nameToken) == .go,
            let function = context.model.enclosingFunction(of: call.nameToken),
            let close = file.previous(function.nameToken), file.isPunct(close, ")"), file.tokens[close].match >= 0,
            let receiver = file.next(Int(file.tokens[close].match)), file.tokens[receiver].kind == .identifier,
            let keyword = file.previous(Int(file.tokens[close].match)), file.isIdentifier(keyword, "func")
        else { return false }
        return file.text(receiver) == call.callee[0]
    }

    private func isRoute(_ f: CodeModel.Function, _ context: RuleContext) -> Bool {
        let decorators = f.decorators.map { $0.lowercased() }
        if decorators.contains(where: { d in
            TokenExposedToClientRule.routeDecorators.contains(where: { d.hasSuffix($0) || d.has(".\($0)") || d == $0 })
        }) {
            return true
        }
        let path = context.source.path.lowercased()
        if ["GET", "POST", "PUT", "PATCH", "DELETE"].contains(f.name) && context.source.fileName.hasPrefix("route.") { return true }
        if path.has("controller") && context.source.language == .php { return true }
        return false
    }
}
