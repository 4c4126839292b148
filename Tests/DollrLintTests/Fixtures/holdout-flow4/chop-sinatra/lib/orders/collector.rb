require "securerandom"
require_relative "../utils/retry"

module Orders
  class Collector
    def initialize(gateway)
      @gateway = gateway
    end

    def register_wallet(customer)
      @gateway.post("/v1/payment-accounts/create?operation_type=COLLECTION", {
        account_name: "#{customer.name} wallet",
        method: "ORANGE_MONEY_LBR", provider: "STRIPE",
        party_id: customer.party_id,
        country_code: "LR",
        insensitive_account_number: customer.msisdn
      })
    end

    def start(order, params)
      account = order.customer.payment_account_id || register_wallet(order.customer)["id"]
      ref = SecureRandom.uuid
      order.update!(reference_id: ref, status: "awaiting_payment")
      session = @gateway.post("/v1/sessions/checkout", { source_id: order.dollr_order_id, source_type: "ORDER" })
      order.update!(session_id: session["id"])
      @gateway.post(format("/v1/executions/%s", "collection"), {
        session_id: session["id"].to_s,
        payment_account_id: account.to_s,
        currency: params.fetch("currency", "LRD"),
        reference_id: ref
      })
      ref
    end

    def refresh(order)
      st = @gateway.get(format("/v1/status/collection/%s", order.reference_id))
      case st["status"]
      when "COMPLETED"
        order.update!(status: "paid")
      when "PROCESSING", "FAILED"
        order.update!(status: "cancelled")
        order.release_kitchen_slot!
      else
        order.touch
      end
    end
  end
end
