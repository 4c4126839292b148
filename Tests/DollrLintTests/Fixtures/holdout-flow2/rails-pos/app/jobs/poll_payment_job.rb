class PollPaymentJob < ApplicationJob
  queue_as :payments
  retry_on Dollr::ServerError, wait: :polynomially_longer, attempts: 5

  def perform(sale_id)
    sale = Sale.find(sale_id)
    status = Dollr::Client.new.collection_status(sale.reference_id)["status"]

    case status
    when "COMPLETED" then sale.update!(payment_state: "paid")
    when "FAILED" then sale.update!(payment_state: "failed")
    else
      self.class.set(wait: 3.seconds).perform_later(sale_id)
    end
  end
end
