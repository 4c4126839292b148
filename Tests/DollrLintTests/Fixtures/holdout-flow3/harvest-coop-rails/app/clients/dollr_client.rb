require "faraday"

# Dollr API client shared by the payout service, Sidekiq jobs and rake tasks.
class DollrClient
  BASE_URL = ENV.fetch("DOLLR_BASE_URL", "https://api.heydollr.app")
  TOKEN_CACHE_KEY = "dollr/access_token".freeze
  REFRESH_MARGIN = 5.minutes

  def initialize(base_url: BASE_URL)
    @base_url = base_url
    @conn = Faraday.new(url: @base_url, request: { open_timeout: 5, timeout: 20 }) do |f|
      f.request :json
      f.response :json
      f.response :raise_error
    end
  end

  def create_party(fullname:, phone:, country_code:, email: nil)
    post("/v1/parties/create", { fullname: fullname, phone: phone, email: email, country_code: country_code }.compact)
  end

  def create_counterparty(party_id:, relationship_type: "BENEFICIARY")
    post("/v1/counterparties/create", { party_id: party_id, relationship_type: relationship_type })
  end

  def create_payout_account(party_id:, account_name:, payment_method:, provider:, country_code:, number:)
    post("/v1/payment-accounts/create?operation_type=PAYOUT", {
      account_name: account_name,
      provider: provider,
      method: payment_method,
      party_id: party_id,
      country_code: country_code,
      insensitive_account_number: number
    })
  end

  def create_payout_session(payout_account_id:, amount:, currency:)
    post("/v1/sessions/payout", { payout_account_id: payout_account_id, amount: amount, currency: currency })
  end

  def execute_payout(body)
    post("/v1/executions/payout", body)
  end

  def payout_status(reference_id)
    get(format("/v1/status/payout/%s", reference_id))
  end

  private

  def access_token
    cached = Rails.cache.read(TOKEN_CACHE_KEY)
    return cached[:token] if cached && cached[:expires_at] - REFRESH_MARGIN > Time.current

    res = @conn.post("/v1/jwt/client/obtain/token", client_id: ENV.fetch("DOLLR_CLIENT_ID"), client_secret: ENV.fetch("DOLLR_CLIENT_SECRET"))
    minutes = res.body["expires_in"].to_i
    expires_at = Time.current + (minutes * 60)
    Rails.cache.write(TOKEN_CACHE_KEY, { token: res.body["access_token"], expires_at: expires_at }, expires_in: minutes.minutes)
    res.body["access_token"]
  end

  # A 401 means the request was rejected before Dollr processed it: refresh once and replay.
  def request(verb, path, body = nil)
    refreshed = false
    begin
      res = @conn.public_send(verb, path, body) { |req| req.headers["Authorization"] = "Bearer #{access_token}" }
      res.body
    rescue Faraday::UnauthorizedError
      raise if refreshed

      refreshed = true
      Rails.cache.delete(TOKEN_CACHE_KEY)
      retry
    end
  end

  def post(path, body)
    request(:post, path, body)
  end

  def get(path)
    request(:get, path)
  end
end
