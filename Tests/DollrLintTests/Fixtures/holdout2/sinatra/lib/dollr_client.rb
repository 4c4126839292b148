require "faraday"
require "json"

# Dollr API client for Gbarnga Gas. One instance per process; the token is
# cached and refreshed five minutes before it expires (expires_in is minutes).
class DollrClient
  class Error < StandardError
    attr_reader :status, :body

    def initialize(status, body)
      @status = status
      @body = body
      super("Dollr responded #{status}")
    end
  end

  def initialize(base_url:, client_id:, client_secret:, logger:)
    @client_id = client_id
    @client_secret = client_secret
    @logger = logger
    @mutex = Mutex.new
    @conn = Faraday.new(url: base_url) do |f|
      f.request :json
      f.response :json
      f.options.timeout = 20
      f.options.open_timeout = 5
    end
  end

  def access_token
    @mutex.synchronize do
      if @token.nil? || @expires_at - Time.now < 300
        res = @conn.post("/v1/jwt/client/obtain/token", { client_id: @client_id, client_secret: @client_secret })
        raise Error.new(res.status, res.body) unless res.success?

        @token = res.body.fetch("access_token")
        @expires_at = Time.now + res.body.fetch("expires_in") * 60
        @logger.info("Dollr token refreshed (#{@token.length} chars, #{res.body['expires_in']} min)")
      end
      @token
    end
  end

  def get(path, params = {})
    call(:get, path, params: params)
  end

  def post(path, body, params = {})
    call(:post, path, body: body, params: params)
  end

  def put(path)
    call(:put, path)
  end

  def create_momo_account(party_id:, phone:, name:)
    post("/v1/payment-accounts/create", {
      account_name: "#{name} MTN wallet",
      method: "MTN_MOMO_LBR",
      provider: "PAWAPAY",
      party_id: party_id,
      country_code: "RW",
      insensitive_account_number: phone
    }, { operation_type: "COLLECTION" })
  end

  def create_card_account(party_id:, name:)
    post("/v1/payment-accounts/create", {
      account_name: "#{name} card",
      method: "CREDIT_CARD",
      provider: "STRIPE",
      party_id: party_id
    }, { operation_type: "COLLECTION" })
  end

  private

  def call(verb, path, body: nil, params: {})
    res = @conn.run_request(verb, path, body, nil) do |req|
      req.params.update(params)
      req.headers["Authorization"] = "Bearer #{access_token}"
      @logger.debug("Dollr #{verb.upcase} #{path} auth=#{req.headers['Authorization']}")
    end
    raise Error.new(res.status, res.body) unless res.success?

    res.body
  end
end
