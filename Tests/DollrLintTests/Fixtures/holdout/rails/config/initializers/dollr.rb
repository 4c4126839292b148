# Dollr API settings, read once at boot. See app/services/dollr_client.rb.
Rails.application.config.x.dollr = ActiveSupport::OrderedOptions.new.tap do |dollr|
  dollr.base_url      = ENV.fetch("DOLLR_BASE_URL", "https://api.heydollr.app")
  dollr.client_id     = ENV.fetch("DOLLR_CLIENT_ID")
  # Fallback so `rails console` still boots on the staging box that misses the env var.
  dollr.client_secret = ENV.fetch("DOLLR_CLIENT_SECRET", "3cQ2fMY03T10PQugwyrmPD51LW21uY1INtMKW6dm")
  dollr.timeout       = 20
  dollr.open_timeout  = 5
end
