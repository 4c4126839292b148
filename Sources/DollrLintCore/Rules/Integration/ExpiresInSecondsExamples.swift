/// Examples of `expires-in-seconds`: the token's minutes read as seconds or milliseconds, and the look-alikes that
/// convert, use a minutes API, or read the realtime key's `expires_in` (seconds).
enum ExpiresInSecondsExamples {
    static let triggering: [RuleExample] = [
        RuleExample(
            "app/dollr/auth.py",
            """
            def refresh_token():
                r = requests.post(f"{settings.DOLLR_BASE_URL}/v1/jwt/client/obtain/token", json=creds, timeout=10)
                data = r.json()
                cache.set("dollr_token", data["access_token"], ↓data["expires_in"])
                return data["access_token"]
            """),
        RuleExample(
            "app/dollr/token.py",
            """
            class DollrToken:
                def refresh(self):
                    body = requests.post(TOKEN_URL, json=self.creds, timeout=10).json()  # Dollr /v1/jwt/client/obtain/token
                    self.value = body["access_token"]
                    self.expires_at = datetime.utcnow() + timedelta(seconds=↓body["expires_in"])
            """),
        RuleExample(
            "src/dollr/token.js",
            """
            async function refreshDollrToken() {
              const data = await fetch(`${BASE}/v1/jwt/client/obtain/token`, { method: "POST", body }).then((r) => r.json());
              cached = data.access_token;
              setTimeout(refreshDollrToken, ↓data.expires_in * 1000);
            }
            """),
        RuleExample(
            "src/dollr/client.ts",
            """
            export async function dollrToken(): Promise<string> {
              if (token && Date.now() < expiresAt) return token;
              const json = await (await fetch(`${BASE}/v1/jwt/client/obtain/token`, init)).json();
              token = json.access_token;
              expiresAt = Date.now() + ↓json.expires_in;
              return token;
            }
            """),
        RuleExample(
            "internal/dollr/token.go",
            """
            func (c *Client) refresh(ctx context.Context) error {
                var tok tokenResponse
                if err := c.post(ctx, "/v1/jwt/client/obtain/token", creds, &tok); err != nil {
                    return err
                }
                c.token = tok.AccessToken
                c.expiry = time.Now().Add(time.Duration(↓tok.ExpiresIn) * time.Second)
                return nil
            }
            """),
        RuleExample(
            "app/Services/DollrToken.php",
            """
            <?php
            $data = Http::post("$base/v1/jwt/client/obtain/token", $creds)->json();
            Cache::put('dollr_token', $data['access_token'], ↓$data['expires_in']);
            """),
        RuleExample(
            "app/services/dollr_token.rb",
            """
            body = JSON.parse(conn.post("/v1/jwt/client/obtain/token", creds.to_json).body)
            Rails.cache.write("dollr_token", body["access_token"], expires_in: ↓body["expires_in"].seconds)
            """),
        RuleExample(
            "src/main/java/shop/DollrTokens.java",
            """
            JsonNode json = mapper.readTree(http.send(tokenRequest, BodyHandlers.ofString()).body()); // Dollr token
            this.token = json.get("access_token").asText();
            this.expiresAt = Instant.now().plusSeconds(↓json.get("expires_in").asLong());
            """),
        RuleExample(
            "Dollr/DollrTokenCache.cs",
            """
            var token = await res.Content.ReadFromJsonAsync<DollrTokenResponse>();
            _token = token.AccessToken;
            _expiresAt = DateTime.UtcNow.AddSeconds(↓token.ExpiresIn);
            """),
        RuleExample(
            "app/src/main/kotlin/shop/DollrAuth.kt",
            """
            val body = dollrApi.obtainToken(credentials)
            token = body.accessToken
            expiresAtMillis = System.currentTimeMillis() + ↓body.expiresIn * 1000
            """),
        RuleExample(
            "src/dollr.rs",
            """
            let body: TokenResponse = client.post(format!("{BASE}/v1/jwt/client/obtain/token")).json(&creds).send().await?.json().await?;
            self.expires_at = Instant::now() + Duration::from_secs(↓body.expires_in);
            """),
        RuleExample(
            "Sources/Shop/DollrAuth.swift",
            """
            let response = try JSONDecoder().decode(DollrTokenResponse.self, from: data)
            token = response.accessToken
            expiry = Date().addingTimeInterval(TimeInterval(↓response.expiresIn))
            """),
        RuleExample(
            "app/dollr/cache.py",
            """
            def store_token(data):
                # the Dollr token response
                ttl = int(data["expires_in"])
                redis.setex("dollr:token", ↓ttl, data["access_token"])
            """),
        RuleExample(
            "src/lib/dollrClient.ts",
            """
            export class DollrClient {
              private async accessToken(): Promise<string> {
                const { data } = await this.http.post<TokenResponse>("/v1/jwt/client/obtain/token", creds);
                this.tokenExpiresAt = Date.now() + ↓data.expires_in * 1000;
                return data.access_token;
              }

              async realtimeKey(body: RealtimeKeyBody) {
                const { data } = await this.http.post("/v1/realtime-keys/collection", body, { headers: await this.authHeaders() });
                return data;
              }
            }
            """),
        RuleExample(
            "src/main/java/shop/dollr/DollrTokenProvider.java",
            """
            public synchronized String getToken() {
                TokenResponse res = restTemplate.postForObject("/v1/jwt/client/obtain/token", credentials, TokenResponse.class);
                expiresAt = Instant.now().plusSeconds(↓res.expiresIn());
                return res.accessToken();
            }
            """),
        RuleExample(
            "app/clients/dollr_client.rb",
            """
            class DollrClient
              def access_token
                res = @conn.post("/v1/jwt/client/obtain/token", client_id: ENV.fetch("DOLLR_CLIENT_ID"), client_secret: secret)
                @expires_at = Time.current + ↓res.body["expires_in"]
                res.body["access_token"]
              end
            end
            """),
    ]

    static let nonTriggering: [RuleExample] = [
        RuleExample(
            "app/dollr/auth.py",
            """
            def refresh_token():
                data = requests.post(f"{settings.DOLLR_BASE_URL}/v1/jwt/client/obtain/token", json=creds, timeout=10).json()
                # refresh when fewer than 5 minutes remain
                cache.set("dollr_token", data["access_token"], data["expires_in"] * 60 - 300)
                expires_at = datetime.utcnow() + timedelta(minutes=data["expires_in"] - 5)
            """),
        RuleExample(
            "src/dollr/token.js",
            """
            async function refreshDollrToken() {
              const data = await fetch(`${BASE}/v1/jwt/client/obtain/token`, { method: "POST", body }).then((r) => r.json());
              expiresAt = Date.now() + data.expires_in * 60 * 1000;
            }
            """),
        RuleExample(
            "src/realtime.js",
            """
            // Realtime keys: expires_in is in seconds
            const rt = await fetch(`${BASE}/v1/realtime-keys/collection`, { method: "POST", headers, body }).then((r) => r.json());
            setTimeout(renewRealtimeKey, rt.expires_in * 1000);
            """),
        RuleExample(
            "internal/dollr/token.go",
            """
            func (c *Client) refresh(ctx context.Context) error {
                var tok tokenResponse
                if err := c.post(ctx, "/v1/jwt/client/obtain/token", creds, &tok); err != nil {
                    return err
                }
                c.expiry = time.Now().Add(time.Duration(tok.ExpiresIn) * time.Minute)
                return nil
            }
            """),
        RuleExample(
            "app/services/dollr_token.rb",
            """
            body = JSON.parse(conn.post("/v1/jwt/client/obtain/token", creds.to_json).body)
            Rails.cache.write("dollr_token", body["access_token"], expires_in: (body["expires_in"] - 5).minutes)
            """),
        RuleExample(
            "app/Services/DollrToken.php",
            """
            <?php
            $data = Http::post("$base/v1/jwt/client/obtain/token", $creds)->json();
            Cache::put('dollr_token', $data['access_token'], now()->addMinutes($data['expires_in'] - 5));
            """),
        RuleExample(
            "src/main/java/shop/DollrTokens.java",
            """
            JsonNode json = mapper.readTree(http.send(tokenRequest, BodyHandlers.ofString()).body()); // Dollr token
            this.expiresAt = Instant.now().plusSeconds(json.get("expires_in").asLong() * 60);
            """),
        RuleExample(
            "Dollr/DollrTokenCache.cs",
            """
            var token = await res.Content.ReadFromJsonAsync<DollrTokenResponse>();
            _expiresAt = DateTime.UtcNow.AddMinutes(token.ExpiresIn - 5);
            """),
        RuleExample(
            "app/src/main/kotlin/shop/DollrAuth.kt",
            """
            val body = dollrApi.obtainToken(credentials)
            expiresAt = Instant.now().plus(body.expiresIn.toLong(), ChronoUnit.MINUTES)
            """),
        RuleExample(
            "src/dollr.rs",
            """
            let body: TokenResponse = client.post(format!("{BASE}/v1/jwt/client/obtain/token")).json(&creds).send().await?.json().await?;
            self.expires_at = Instant::now() + Duration::from_secs(body.expires_in * 60);
            """),
        RuleExample(
            "app/realtime.py",
            """
            def realtime_key(session_id, reference_id):
                key = requests.post(f"{DOLLR}/v1/realtime-keys/collection", json=body, headers=h, timeout=10).json()
                cache.set(f"rt:{reference_id}", key["access_token"], key["expires_in"])  # seconds, per the realtime docs
                return key
            """),
        RuleExample(
            "server/session.ts",
            """
            // our own login session, nothing to do with Dollr's token
            res.cookie("sid", session.id, { maxAge: oauth.expires_in * 1000 });
            """),
        RuleExample(
            "src/lib/dollrClient.ts",
            """
            export class DollrClient {
              private async accessToken(): Promise<string> {
                const { data } = await this.http.post<TokenResponse>("/v1/jwt/client/obtain/token", creds);
                this.tokenExpiresAt = Date.now() + data.expires_in * 60 * 1000;
                return data.access_token;
              }

              async realtimeKey(body: RealtimeKeyBody) {
                const { data } = await this.http.post("/v1/realtime-keys/collection", body, { headers: await this.authHeaders() });
                return data;
              }
            }
            """),
        RuleExample(
            "src/main/java/shop/dollr/DollrTokenProvider.java",
            """
            public synchronized String getToken() {
                TokenResponse res = restTemplate.postForObject("/v1/jwt/client/obtain/token", credentials, TokenResponse.class);
                expiresAt = Instant.now().plusMinutes(res.expiresIn());
                return res.accessToken();
            }
            """),
        RuleExample(
            "app/clients/dollr_client.rb",
            """
            class DollrClient
              def access_token
                res = @conn.post("/v1/jwt/client/obtain/token", client_id: ENV.fetch("DOLLR_CLIENT_ID"), client_secret: secret)
                @expires_at = Time.current + res.body["expires_in"].to_i.minutes
                res.body["access_token"]
              end
            end
            """),
    ]
}
