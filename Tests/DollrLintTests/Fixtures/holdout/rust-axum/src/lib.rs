pub mod config;
pub mod dollr;
pub mod routes;
