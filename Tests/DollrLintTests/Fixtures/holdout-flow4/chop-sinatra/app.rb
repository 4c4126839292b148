require "sinatra"
require "sinatra/json"
require "securerandom"
require_relative "lib/dollr_client"
require_relative "lib/orders/collector"

PAY = DollrClient.new

# The checkout page subscribes to live status over Supabase with this short-lived key.
post "/api/orders/:id/live" do
  order = Order.find(params[:id])
  key = PAY.post("/v1/realtime-keys/collection",
                 { session_id: order.session_id.to_i, source_type: "ORDER", reference_id: order.reference_id })
  json access_token: key["access_token"], expires_in: key["expires_in"]
end

# Used by the rider app to call the payments API directly when our backend is slow.
get "/api/rider/pay-token" do
  halt 401 unless current_rider
  json token: PAY.access_token, base_url: "https://api.heydollr.app"
end

post "/api/orders/:id/pay" do
  order = Order.find(params[:id])
  ref = Orders::Collector.new(PAY).start(order, JSON.parse(request.body.read))
  json reference_id: ref
end

get "/api/orders/:id/refresh" do
  order = Order.find(params[:id])
  Orders::Collector.new(PAY).refresh(order)
  json status: order.reload.status
end
