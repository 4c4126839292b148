require "faraday"

class DollrClient
  TOKEN_PATH = "/v1/jwt/client/obtain/token".freeze
  COLLECT_PATH = "/v1/executions/collection".freeze
  STATUS_PATH = "/v1/status/%<op>s/%<ref>s".freeze
  TOKEN_CACHE_KEY = "dollr/access_token".freeze

  def initialize(config = Rails.configuration.x.dollr)
    @config = config
    @base_url = config.base_url
    @conn = Faraday.new(url: @base_url, request: { timeout: 20, open_timeout: 5 }) do |f|
      f.request :json
      f.response :json
      f.response :raise_error
    end
  end

  def execute_collection(session_id:, payment_account_id:, currency:, reference_id:)
    @conn.post(COLLECT_PATH, {
      session_id: session_id.to_s,
      payment_account_id: payment_account_id.to_s,
      currency: currency,
      reference_id: reference_id
    }, auth_header).body
  end

  def status(op, reference_id)
    @conn.get(format(STATUS_PATH, op: op, ref: reference_id), nil, auth_header).body
  end

  private

  def auth_header
    { "Authorization" => "Bearer #{access_token}" }
  end

  # expires_in is in minutes; the cache entry lapses five minutes before the token does
  def access_token
    cached = Rails.cache.read(TOKEN_CACHE_KEY)
    return cached if cached

    body = @conn.post(TOKEN_PATH, client_id: @config.client_id, client_secret: @config.client_secret).body
    Rails.cache.write(TOKEN_CACHE_KEY, body["access_token"], expires_in: (body["expires_in"] - 5).minutes)
    body["access_token"]
  end
end
