# frozen_string_literal: true

require "json"
require "net/http"
require "securerandom"
require "uri"

# Plain Net::HTTP client for the Zwedru Rice Growers payout tool.
class DollrClient
  BASE_URL = ENV.fetch("DOLLR_BASE_URL", "https://api.heydollr.app")

  def initialize(client_id: ENV.fetch("DOLLR_CLIENT_ID"), client_secret: ENV.fetch("DOLLR_CLIENT_SECRET"))
    @client_id = client_id
    @client_secret = client_secret
    @token = nil
    @expires_at = Time.at(0)
  end

  def access_token
    return @token if @token && Time.now < @expires_at

    data = request(:post, "/v1/jwt/client/obtain/token", { client_id: @client_id, client_secret: @client_secret }, auth: false)
    @token = data.fetch("access_token")
    # expires_in is minutes; refresh five minutes early
    @expires_at = Time.now + ((data.fetch("expires_in") - 5) * 60)
    puts "dollr token=#{@token} (#{data['expires_in']} min)"
    @token
  end

  def get(path, query = {})
    uri = URI(BASE_URL + path)
    uri.query = URI.encode_www_form(query) unless query.empty?
    request(:get, uri)
  end

  def post(path, body)
    request(:post, path, body)
  end

  def masked_token
    "#{access_token[0, 6]}..."
  end

  private

  def request(verb, path_or_uri, body = nil, auth: true)
    uri = path_or_uri.is_a?(URI) ? path_or_uri : URI(BASE_URL + path_or_uri)
    req = verb == :get ? Net::HTTP::Get.new(uri) : Net::HTTP::Post.new(uri)
    req["Content-Type"] = "application/json"
    req["Authorization"] = "Bearer #{access_token}" if auth
    req.body = JSON.generate(body) if body
    res = Net::HTTP.start(uri.host, uri.port, use_ssl: uri.scheme == "https", open_timeout: 5, read_timeout: 20) do |http|
      http.request(req)
    end
    json = res.body.to_s.empty? ? {} : JSON.parse(res.body)
    raise "Dollr #{verb.upcase} #{uri.path}: HTTP #{res.code} #{json['detail'].inspect}" unless res.is_a?(Net::HTTPSuccess)

    json
  end
end
