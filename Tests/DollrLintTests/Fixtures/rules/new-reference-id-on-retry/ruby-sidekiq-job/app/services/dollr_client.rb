require "faraday"

class DollrClient
  def initialize(token)
    @http = Faraday.new(url: ENV.fetch("DOLLR_BASE_URL"), request: { timeout: 30 }) do |f|
      f.request :json
      f.response :json
      f.headers["Authorization"] = "Bearer #{token}"
    end
  end

  def execute_collection(session_id:, account_id:, reference_id:)
    @http.post("/v1/executions/collection", {
      session_id: session_id, payment_account_id: account_id, currency: "USD", reference_id: reference_id
    }).body
  end

  def collection_status(reference_id)
    @http.get("/v1/status/collection/#{reference_id}").body
  end
end
