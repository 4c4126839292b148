Dollr.configure do |c|
  # ok: hardcoded-secret
  c.base_url = ENV.fetch("DOLLR_BASE_URL", "https://api.heydollr.app")
  # ok: hardcoded-secret
  c.client_id = ENV.fetch("DOLLR_CLIENT_ID")
  # ruleid: hardcoded-secret
  c.client_secret = ENV.fetch("DOLLR_CLIENT_SECRET", "5KjoIWtrxeYpKZJl4K9rkB4N66RPuoiP1ZAp")
end

# ok: hardcoded-secret
DOLLR_SECRET = Rails.application.credentials.dig(:dollr, :client_secret)
# ruleid: hardcoded-secret
DOLLR_LEGACY_SECRET = "nwrDeqHChnc0cILBYmr94RdIyChrwEUzbPXaiQqB".freeze
# ok: hardcoded-secret
DOLLR_DEMO_SECRET = ENV["DOLLR_CLIENT_SECRET"] || "your-client-secret"
