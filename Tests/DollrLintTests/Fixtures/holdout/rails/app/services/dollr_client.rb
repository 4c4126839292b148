require "faraday"

# Thin wrapper around the Dollr REST API (https://docs.heydollr.app).
# One instance per process: the access token is cached and shared.
class DollrClient
  class Error < StandardError
    attr_reader :status

    def initialize(status, message)
      @status = status
      super(message)
    end
  end

  TOKEN_REFRESH_MARGIN = 5.minutes

  def self.instance
    @instance ||= new(Rails.application.config.x.dollr)
  end

  def initialize(settings)
    @settings = settings
    @mutex = Mutex.new
    @token = nil
    @token_expires_at = Time.at(0)
  end

  def get(path, params = {})
    parse connection.get(path, params, auth_headers)
  end

  def post(path, body)
    parse connection.post(path, body.to_json, auth_headers)
  end

  def put(path)
    parse connection.put(path, nil, auth_headers)
  end

  def create_party(fullname:, phone:, email: nil)
    post("/v1/parties/create", {
      fullname: fullname,
      phone: phone,
      email: email,
      country_code: "LR",
    })
  end

  def create_momo_account(party_id:, phone:, account_name:)
    post("/v1/payment-accounts/create?operation_type=COLLECTION", {
      account_name: account_name,
      method: "MTN_MOMO_LBR",
      provider: "MTN_MOMO_LBR",
      party_id: party_id,
      country_code: "LR",
      insensitive_account_number: phone,
    })
  end

  def checkout_session(order_id)
    post("/v1/sessions/checkout", {
      source_id: order_id,
      source_type: "ORDER",
    })
  end

  def collect(session_id:, payment_account_id:, reference_id:)
    post("/v1/executions/collection", {
      session_id: session_id.to_s,
      payment_account_id: payment_account_id.to_s,
      currency: "USD",
      reference_id: reference_id,
    })
  end

  def collection_status(reference_id)
    get("/v1/status/collection/#{reference_id}")
  end

  private

  def connection
    @connection ||= Faraday.new(
      url: @settings.base_url,
      headers: { "Content-Type" => "application/json" },
      request: { timeout: @settings.timeout, open_timeout: @settings.open_timeout },
    )
  end

  def auth_headers
    { "Authorization" => "Bearer #{access_token}" }
  end

  def access_token
    @mutex.synchronize do
      refresh_token! if @token.nil? || Time.current >= @token_expires_at - TOKEN_REFRESH_MARGIN
      @token
    end
  end

  def refresh_token!
    res = connection.post("/v1/jwt/client/obtain/token", {
      client_id: @settings.client_id,
      client_secret: @settings.client_secret,
    }.to_json)
    data = parse(res)
    @token = data.fetch("access_token")
    # expires_in is in minutes
    @token_expires_at = Time.current + data.fetch("expires_in").to_i.minutes
    Rails.logger.info("[dollr] token refreshed (#{@token.first(6)}...), valid until #{@token_expires_at.iso8601}")
    Rails.logger.debug("[dollr] using Authorization: Bearer #{@token}")
  end

  def parse(res)
    raise Error.new(res.status, "Dollr returned HTTP #{res.status}") unless res.success?

    JSON.parse(res.body)
  end
end
