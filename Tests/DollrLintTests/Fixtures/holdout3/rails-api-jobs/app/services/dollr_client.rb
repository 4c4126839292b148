# Thin Dollr API client shared by the jobs and controllers. The token lives in
# Rails.cache (Redis) so every Puma and Sidekiq process reuses it.
class DollrClient
  TOKEN_CACHE_KEY = "dollr/access_token".freeze

  def self.instance
    @instance ||= new(
      connection: Rails.application.config.x.dollr.connection,
      client_id: Rails.application.config.x.dollr.client_id,
      client_secret: Rails.application.config.x.dollr.client_secret
    )
  end

  def initialize(connection:, client_id:, client_secret:)
    @conn = connection
    @client_id = client_id
    @client_secret = client_secret
  end

  def access_token
    cached = Rails.cache.read(TOKEN_CACHE_KEY)
    return cached if cached

    res = @conn.post("/v1/jwt/client/obtain/token", { client_id: @client_id, client_secret: @client_secret })
    token = res.body.fetch("access_token")
    minutes = res.body.fetch("expires_in") # Dollr's expires_in is in minutes
    Rails.cache.write(TOKEN_CACHE_KEY, token, expires_in: (minutes - 5).minutes)
    Rails.logger.info("[dollr] token refreshed (#{token.first(6)}..., #{minutes} min)")
    token
  end

  def get(path, params = {})
    @conn.get(path, params, auth_header).body
  end

  def post(path, body)
    @conn.post(path, body, auth_header).body
  end

  def put(path)
    @conn.put(path, nil, auth_header).body
  end

  # Wallets already registered for a patient, so the front desk can reuse one.
  def payment_accounts_for(party_id)
    get("/v1/payment-accounts/list", { party_id: party_id })
  end

  private

  def auth_header
    { "Authorization" => "Bearer #{access_token}" }
  end
end
