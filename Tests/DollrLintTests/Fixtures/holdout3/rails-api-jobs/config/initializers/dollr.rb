# Dollr API connection. Credentials come from config/credentials.yml.enc:
#
#   dollr:
#     client_id: mrc_...
#     client_secret: ...
#
Rails.application.config.x.dollr.base_url = ENV.fetch("DOLLR_BASE_URL", "https://api.heydollr.app")
Rails.application.config.x.dollr.client_id = Rails.application.credentials.dig(:dollr, :client_id)
Rails.application.config.x.dollr.client_secret = Rails.application.credentials.dig(:dollr, :client_secret)

Rails.application.config.x.dollr.connection = Faraday.new(
  url: Rails.application.config.x.dollr.base_url,
  request: { timeout: 20, open_timeout: 5 }
) do |f|
  f.request :json
  f.response :json
  f.response :raise_error
end
