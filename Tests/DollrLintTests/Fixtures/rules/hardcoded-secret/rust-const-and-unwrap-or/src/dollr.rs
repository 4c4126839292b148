use std::env;

// ok: hardcoded-secret
const BASE_URL: &str = "https://api.heydollr.app";
// ruleid: hardcoded-secret
const DOLLR_CLIENT_SECRET: &str = "8RMPuTc3DB2RHA3n9HEXLoQQr4gXdpTr7NPQpMCb";

pub fn client_secret() -> String {
    // ruleid: hardcoded-secret
    env::var("DOLLR_CLIENT_SECRET").unwrap_or_else(|_| "OiIpRGZlA4mMqJwKyclagKcDp7wGp0dpbNLS8ShQxN".to_string())
}

pub fn client_secret_strict() -> String {
    // ok: hardcoded-secret
    env::var("DOLLR_CLIENT_SECRET").expect("DOLLR_CLIENT_SECRET must be set")
}

pub fn client_id() -> String {
    // ok: hardcoded-secret
    env::var("DOLLR_CLIENT_ID").unwrap_or_default()
}

pub fn token_url() -> String {
    let _legacy = DOLLR_CLIENT_SECRET;
    format!("{BASE_URL}/v1/jwt/client/obtain/token")
}
