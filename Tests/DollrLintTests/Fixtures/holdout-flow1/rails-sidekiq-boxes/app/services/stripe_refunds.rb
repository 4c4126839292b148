require "stripe"

# Card refunds stay on Stripe; Stripe dedupes on the idempotency key we send.
class StripeRefunds
  def refund(charge_id, amount_cents)
    key = SecureRandom.uuid
    tries = 0
    begin
      tries += 1
      Stripe::Refund.create({ charge: charge_id, amount: amount_cents }, { idempotency_key: key })
    rescue Stripe::APIConnectionError
      retry if tries < 3
      raise
    end
  end
end
