class CollectionsController < ApplicationController
  def create
    conn = Faraday.new(url: ENV.fetch("DOLLR_BASE_URL"), request: { timeout: 30 }) { |f| f.request :json; f.response :json }
    response = conn.post("/v1/executions/collection", {
      session_id: params[:session_id],
      payment_account_id: params[:account_id],
      currency: "USD",
      # ruleid: reference-id-after-execute
      reference_id: SecureRandom.uuid
    })
    Payment.create!(reference_id: response.body["reference_id"], status: response.body["status"])
    render json: response.body, status: :accepted
  end
end
