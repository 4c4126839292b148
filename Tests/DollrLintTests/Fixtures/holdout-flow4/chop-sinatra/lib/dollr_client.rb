require "faraday"
require "json"
require "logger"

class DollrClient
  REFRESH_MARGIN = 5 * 60

  def initialize(base_url: ENV.fetch("DOLLR_BASE_URL", "https://api.heydollr.app"),
                 client_id: ENV.fetch("DOLLR_CLIENT_ID"),
                 client_secret: ENV.fetch("DOLLR_CLIENT_SECRET"),
                 logger: Logger.new($stdout))
    @client_id = client_id
    @client_secret = client_secret
    @logger = logger
    @conn = Faraday.new(url: base_url, request: { open_timeout: 5, timeout: 25 }) do |f|
      f.request :json
      f.response :json
    end
    @token = nil
    @expires_at = Time.at(0)
    @lock = Mutex.new
  end

  def access_token
    @lock.synchronize do
      if @token.nil? || @expires_at - Time.now < REFRESH_MARGIN
        res = @conn.post("/v1/jwt/client/obtain/token",
                         { client_id: @client_id, client_secret: @client_secret })
        @token = res.body.fetch("access_token")
        @expires_at = Time.now + res.body.fetch("expires_in").to_i * 60
      end
      @token
    end
  end

  def post(path, body)
    @conn.post(path, body, "Authorization" => "Bearer #{access_token}").body
  end

  def get(path, params = {})
    @conn.get(path, params, "Authorization" => "Bearer #{access_token}").body
  end
end
