# frozen_string_literal: true

require_relative "dollr_client"

# Pays each grower for the rice delivered this season.
module Payouts
  module_function

  def register_wallet(dollr, grower)
    mmo = dollr.get("/v1/predictions/mmo-provider-info", phone: grower[:phone], operation_type: "PAYOUT")
    dollr.post("/v1/payment-accounts/create?operation_type=PAYOUT", {
      "account_name" => "#{grower[:name]} wallet",
      "method" => mmo["payment_method"],
      "provider" => mmo["gateway_provider"],
      "party_id" => grower[:party_id],
      "country_code" => "LR",
      "insensitive_account_number" => grower[:phone]
    })
  end

  def register_orange_wallet(dollr, grower)
    dollr.post("/v1/payment-accounts/create?operation_type=PAYOUT", {
      account_name: "#{grower[:name]} Orange Money",
      method: "ORANGE_MONEY_LBR",
      provider: "STRIPE",
      party_id: grower[:party_id],
      country_code: "LR",
      insensitive_account_number: grower[:phone]
    })
  end

  # The reference is generated and written to the ledger before the execute call.
  def pay(dollr, ledger, grower, amount, passcode)
    session = dollr.post("/v1/sessions/payout", {
      payout_account_id: grower[:payout_account_id],
      amount: amount,
      currency: "USD"
    })
    reference_id = SecureRandom.uuid
    ledger.record(grower[:id], reference_id, amount)
    execution = dollr.post("/v1/executions/payout", {
      session_id: session["id"].to_s,
      payout_account_id: grower[:payout_account_id],
      reference_id: reference_id,
      passcode: passcode
    })
    pp({ grower: grower[:id], reference_id: reference_id, status: execution["status"] })
    execution
  end

  def growers_on_dollr(dollr)
    dollr.get("/v1/parties/search", country_code: "LR")
  end
end
