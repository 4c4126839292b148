use std::time::Duration;

// ok: insecure-transport
pub const BASE_URL: &str = "https://api.heydollr.app";
// ruleid: insecure-transport
pub const FALLBACK_URL: &str = "http://api.heydollr.app";

pub fn dollr_client() -> reqwest::Client {
    reqwest::Client::builder()
        .timeout(Duration::from_secs(30))
        // ruleid: insecure-transport
        .danger_accept_invalid_certs(true)
        .build()
        .unwrap()
}

pub fn strict_dollr_client() -> reqwest::Client {
    reqwest::Client::builder()
        .timeout(Duration::from_secs(30))
        // ok: insecure-transport
        .danger_accept_invalid_certs(false)
        .https_only(true)
        .build()
        .unwrap()
}
