module Dollr
  class Client
    BASE_URL = ENV.fetch("DOLLR_BASE_URL", "https://api.heydollr.app")

    def collection_status(reference_id)
      uri = URI("#{BASE_URL}/v1/status/collection/#{reference_id}")
      req = Net::HTTP::Get.new(uri, "Authorization" => "Bearer #{Dollr::Token.current}")
      JSON.parse(Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(req) }.body)
    end
  end
end
