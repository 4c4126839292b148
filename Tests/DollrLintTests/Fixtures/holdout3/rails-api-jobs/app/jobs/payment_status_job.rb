# Follows a collection until it settles, with a growing delay between checks.
# PENDING/PROCESSING only means "ask again later"; it never re-executes.
class PaymentStatusJob < ApplicationJob
  queue_as :payments

  MAX_ATTEMPTS = 10

  def perform(lab_order_id, attempt = 1)
    order = LabOrder.find(lab_order_id)
    res = DollrClient.instance.get("/v1/status/collection/#{order.reference_id}")
    order.update!(payment_status: res["status"])
    Rails.logger.info("[lab-fee] #{order.reference_id} status=#{res['status']} gateway=#{res['gateway_message']}")

    return unless %w[PENDING PROCESSING].include?(res["status"]) && attempt < MAX_ATTEMPTS

    delay = [30 * (2**attempt), 3600].min
    self.class.set(wait: delay.seconds).perform_later(lab_order_id, attempt + 1)
  end
end
