mod dollr;

use std::time::Duration;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let path = std::env::args().nth(1).unwrap_or_else(|| "references.csv".into());
    let mut reader = csv::Reader::from_path(path)?;
    let mut dollr = dollr::Dollr::new();

    for row in reader.records() {
        let reference_id = row?[0].to_string();
        let mut outcome = String::from("TIMED OUT");
        // MoMo can sit in PROCESSING for minutes: check every 3 s, give up after one minute
        for _ in 0..20 {
            let status = dollr.collection_status(&reference_id).await?;
            if status.status == "COMPLETED" || status.status == "FAILED" {
                outcome = status.status;
                break;
            }
            tokio::time::sleep(Duration::from_secs(3)).await;
        }
        println!("{reference_id}\t{outcome}");
    }
    Ok(())
}
