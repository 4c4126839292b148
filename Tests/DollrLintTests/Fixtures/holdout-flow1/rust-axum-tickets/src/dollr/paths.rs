pub const TOKEN: &str = "/v1/jwt/client/obtain/token";
pub const COLLECTION: &str = "/v1/executions/collection";

pub fn status(operation: &str, reference_id: &str) -> String {
    format!("/v1/status/{operation}/{reference_id}")
}
