# Staging seed: a demo patient with a Dollr party and an MTN wallet, so the
# front desk can rehearse a payment. Run with `bin/rails db:seed` on staging only.
return unless Rails.env.staging?

dollr = DollrClient.instance

party = dollr.post("/v1/parties/create", {
  fullname: "Demo Patient (Sinkor Lab)",
  phone: "+231886555010",
  email: "frontdesk@sinkorlab.lr",
  country_code: "LR"
})
dollr.post("/v1/counterparties/create", { relationship_type: "CUSTOMER", party_id: party["id"] })

account = dollr.post("/v1/payment-accounts/create?operation_type=COLLECTION", {
  account_name: "Demo patient MTN wallet",
  method: "MTN_MOMO_LBR",
  provider: "PAWAPAY",
  party_id: party["id"],
  country_code: "LR",
  insensitive_account_number: "250788123456"
})

Patient.find_or_create_by!(email: "frontdesk@sinkorlab.lr") do |patient|
  patient.full_name = "Demo Patient"
  patient.dollr_party_id = party["id"]
  patient.dollr_payment_account_id = account["id"]
end
