require "net/http"
require "json"

module Dollr
  class Unauthorized < StandardError; end
  class ServerError < StandardError; end

  class Client
    TOKEN_PATH = "/v1/jwt/client/obtain/token".freeze
    TOKEN_CACHE_KEY = "dollr:access_token".freeze

    def initialize(base_url: ENV.fetch("DOLLR_BASE_URL", "https://api.heydollr.app"))
      @base_url = base_url
    end

    def collection_status(reference_id)
      with_token_refresh { get("/v1/status/collection/#{reference_id}") }
    end

    private

    # An expired token answers 401: fetch a new one and try once more.
    def with_token_refresh
      yield
    rescue Unauthorized
      Rails.cache.delete(TOKEN_CACHE_KEY)
      yield
    end

    def access_token
      cached = Rails.cache.read(TOKEN_CACHE_KEY)
      return cached if cached

      body = post_json(TOKEN_PATH, client_id: ENV.fetch("DOLLR_CLIENT_ID"), client_secret: ENV.fetch("DOLLR_CLIENT_SECRET"))
      Rails.cache.write(TOKEN_CACHE_KEY, body["access_token"], expires_in: body["expires_in"].seconds)
      body["access_token"]
    end

    def get(path)
      uri = URI.join(@base_url, path)
      request = Net::HTTP::Get.new(uri)
      request["Authorization"] = "Bearer #{access_token}"
      perform(uri, request)
    end

    def post_json(path, payload)
      uri = URI.join(@base_url, path)
      request = Net::HTTP::Post.new(uri, "Content-Type" => "application/json")
      request.body = payload.to_json
      perform(uri, request)
    end

    def perform(uri, request)
      response = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(request) }
      case response.code.to_i
      when 200..299 then JSON.parse(response.body)
      when 401 then raise Unauthorized
      when 500..599 then raise ServerError, response.code
      else raise "Dollr #{response.code}"
      end
    end
  end
end
