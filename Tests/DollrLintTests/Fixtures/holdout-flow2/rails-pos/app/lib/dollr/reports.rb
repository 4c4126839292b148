require "net/http"
require "json"

module Dollr
  # Back-office reports: fee schedules for the monthly statement.
  class Reports
    def initialize(base_url: ENV.fetch("DOLLR_BASE_URL", "https://api.heydollr.app"))
      @base_url = base_url
    end

    def fee_preview(invoice_id)
      uri = URI.join(@base_url, "/v1/predictions/payment-source/amount-and-fees")
      uri.query = URI.encode_www_form(source_type: "INVOICE", source_id: invoice_id, target_currency: "USD",
                                      payment_method: "ORANGE_MONEY_LBR", provider: "PAWAPAY")
      request = Net::HTTP::Get.new(uri, headers)
      response = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(request) }
      JSON.parse(response.body)
    end

    private

    def headers
      token_uri = URI.join(@base_url, "/v1/jwt/client/obtain/token")
      credentials = { client_id: ENV.fetch("DOLLR_CLIENT_ID"), client_secret: ENV.fetch("DOLLR_CLIENT_SECRET") }
      token = JSON.parse(Net::HTTP.post(token_uri, credentials.to_json, "Content-Type" => "application/json").body)
      { "Authorization" => "Bearer #{token["access_token"]}", "Accept" => "application/json" }
    end
  end
end
