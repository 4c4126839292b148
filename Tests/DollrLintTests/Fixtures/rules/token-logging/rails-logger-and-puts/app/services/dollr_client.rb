class DollrClient
  BASE_URL = "https://api.heydollr.app".freeze

  def token
    res = Faraday.post("#{BASE_URL}/v1/jwt/client/obtain/token",
                       { client_id: ENV["DOLLR_CLIENT_ID"], client_secret: ENV["DOLLR_CLIENT_SECRET"] }.to_json,
                       "Content-Type" => "application/json")
    token = JSON.parse(res.body).fetch("access_token")
    # ruleid: token-logging
    Rails.logger.info("Dollr token: #{token}")
    # ok: token-logging
    Rails.logger.info("Dollr token refreshed (#{token.length} chars)")
    token
  end

  def headers
    h = { "Authorization" => "Bearer #{token}", "Content-Type" => "application/json" }
    # ruleid: token-logging
    puts h.inspect
    # ok: token-logging
    puts "calling Dollr with #{h.keys.join(', ')}"
    h
  end
end
