class CollectJob < ApplicationJob
  def perform(order_id, reference_id)
    order = Order.find(order_id)
    payload = {
      session_id: order.dollr_session_id.to_s,
      payment_account_id: order.dollr_payment_account_id.to_s,
      currency: "USD",
      reference_id: reference_id,
    }
    response = DollrClient.new.connection.post("/v1/executions/collection", payload.to_json)
    # ruleid: sensitive-data-logging
    Rails.logger.info("Execution response: #{response.body}")
    json = JSON.parse(response.body)
    # ok: sensitive-data-logging
    Rails.logger.info("execution #{reference_id} -> #{json['status']}")
    # ruleid: sensitive-data-logging
    Rails.logger.debug("payer phone #{order.customer_phone}")
  end
end
