# Follows a MoMo collection to its end. While Dollr says PENDING or PROCESSING
# the job re-enqueues itself with a growing delay: the customer may take
# minutes to approve on the handset, and PROCESSING is not a failure.
class CollectionStatusJob < ApplicationJob
  queue_as :payments

  MAX_ATTEMPTS = 12
  MAX_DELAY = 300

  def perform(payment_id, attempt)
    payment = Payment.find(payment_id)
    return if payment.final?

    status = DollrClient.instance.collection_status(payment.reference_id)
    Rails.logger.info("[dollr] #{payment.reference_id} attempt=#{attempt} status=#{status['status']} gateway=#{status['gateway_message']}")

    case status["status"]
    when "COMPLETED"
      payment.update!(status: "completed")
      payment.order.mark_paid!
    when "FAILED"
      payment.update!(status: "failed")
    else
      if attempt < MAX_ATTEMPTS
        delay = [5 * (2**attempt), MAX_DELAY].min
        self.class.set(wait: delay.seconds).perform_later(payment_id, attempt + 1)
      else
        # Still open on Dollr's side: leave it pending for the nightly reconciliation.
        Rails.logger.warn("[dollr] #{payment.reference_id} still #{status['status']} after #{attempt} checks")
      end
    end
  end
end
