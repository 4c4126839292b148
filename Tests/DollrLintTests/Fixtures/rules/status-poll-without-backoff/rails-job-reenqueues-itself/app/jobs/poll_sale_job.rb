class PollSaleJob < ApplicationJob
  queue_as :payments

  # The status request is in app/lib/dollr/client.rb; this job re-enqueues itself every 3 s with no end.
  def perform(sale_id)
    sale = Sale.find(sale_id)
    # ruleid: status-poll-without-backoff
    status = Dollr::Client.new.collection_status(sale.reference_id)["status"]
    if status == "PROCESSING"
      self.class.set(wait: 3.seconds).perform_later(sale_id)
    else
      sale.update!(payment_state: status.downcase)
    end
  end
end

class PollRefundJob < ApplicationJob
  # A growing wait and a bound on the attempts.
  def perform(refund_id, attempt = 0)
    refund = Refund.find(refund_id)
    # ok: status-poll-without-backoff
    status = Dollr::Client.new.collection_status(refund.reference_id)["status"]
    return refund.update!(state: status.downcase) unless status == "PROCESSING"
    self.class.set(wait: (2**attempt).seconds).perform_later(refund_id, attempt + 1) if attempt < 12
  end
end
