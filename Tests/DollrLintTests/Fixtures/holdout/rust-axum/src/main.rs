use std::sync::Arc;

use axum::http::HeaderValue;
use kakata_farm_supply::{config, dollr, routes};
use tower_http::cors::CorsLayer;
use tower_http::trace::TraceLayer;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    dotenvy::dotenv().ok();
    tracing_subscriber::fmt().with_env_filter(tracing_subscriber::EnvFilter::from_default_env()).init();

    let cfg = config::Config::from_env()?;
    let db = sqlx::PgPool::connect(&cfg.database_url).await?;
    let state = Arc::new(routes::AppState { dollr: dollr::Dollr::new(&cfg)?, db });

    let cors = CorsLayer::new().allow_origin(cfg.allowed_origin.parse::<HeaderValue>()?);
    let app = routes::router(state).layer(cors).layer(TraceLayer::new_for_http());

    let listener = tokio::net::TcpListener::bind(&cfg.bind_addr).await?;
    tracing::info!("listening on http://{}", cfg.bind_addr);
    axum::serve(listener, app).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use kakata_farm_supply::config::Config;

    #[test]
    fn dollr_client_builds_from_config() {
        let cfg = Config {
            bind_addr: "127.0.0.1:0".into(),
            database_url: "postgres://localhost/test".into(),
            allowed_origin: "http://localhost:5173".into(),
            dollr_base_url: "https://api.heydollr.app".into(),
            dollr_client_id: "test-client".into(),
            dollr_client_secret: "test-secret".into(),
        };
        assert!(kakata_farm_supply::dollr::Dollr::new(&cfg).is_ok());
    }
}
