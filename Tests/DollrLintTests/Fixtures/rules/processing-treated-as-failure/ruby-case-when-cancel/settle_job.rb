class SettleJob
  include Sidekiq::Job

  def perform(payment_id)
    payment = Payment.find(payment_id)
    status = DollrClient.new(DollrToken.current).collection_status(payment.reference_id)["status"]
    case status
    when "COMPLETED"
      payment.order.mark_paid!
    # ruleid: processing-treated-as-failure
    when "PROCESSING", "FAILED"
      payment.order.cancel!
      PaymentMailer.failed(payment).deliver_later
    else
      SettleJob.perform_in(30.seconds, payment_id)
    end
  end
end
