# Operator tasks for the Dollr integration. Run them from the ops box:
#   bin/rails dollr:smoke_checkout
namespace :dollr do
  desc "Create a 1 USD hosted checkout for the ops phone and print its URL"
  task smoke_checkout: :environment do
    checkout = DollrClient.instance.post("/v1/checkouts/create", {
      mode: "HOSTED",
      source_kind: "ORDER",
      party_name: "Duport Ops",
      party_phone: "231771234567",
      currency: "USD",
      # Free-text merchant reference: checkouts are not executions.
      reference_id: "SMOKE-CHECKOUT",
      items: [{ name: "Smoke test", currency: "USD", amount: 1 }],
      success_url: "https://duportpharmacy.com/checkout/success",
      cancel_url: "https://duportpharmacy.com/checkout/cancel",
    })
    puts "Pay here: #{checkout['url']}"
  end

  desc "Register the ops wallet as a Dollr party"
  task register_ops_party: :environment do
    party = DollrClient.instance.post("/v1/parties/create", {
      fullname: "Duport Ops",
      phone: "+231771234567",
      email: "ops@duportpharmacy.com",
      country_code: "LR",
    })
    puts "party id #{party['id']}"
  end

  desc "Collect 1 USD from the ops wallet (SESSION_ID and PAYMENT_ACCOUNT_ID from the portal)"
  task smoke_collect: :environment do
    execution = DollrClient.instance.post("/v1/executions/collection", {
      session_id: ENV.fetch("SESSION_ID"),
      payment_account_id: ENV.fetch("PAYMENT_ACCOUNT_ID"),
      currency: "USD",
      reference_id: "ops-smoke-0001",
    })
    puts "status #{execution['status']}"
  end

  desc "Show the gateway fees for MTN MoMo collections"
  task fees: :environment do
    fees = DollrClient.instance.get("/v1/fees/gateways", payment_method: "MTN_MOMO_LBR", operation_type: "COLLECTION")
    puts JSON.pretty_generate(fees)
  end
end
