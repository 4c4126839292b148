Rails.application.config.x.dollr = ActiveSupport::OrderedOptions.new.tap do |dollr|
  dollr.base_url = ENV.fetch("DOLLR_BASE_URL", "https://api.heydollr.app")
  dollr.client_id = ENV.fetch("DOLLR_CLIENT_ID")
  dollr.client_secret = ENV.fetch("DOLLR_CLIENT_SECRET")
end
