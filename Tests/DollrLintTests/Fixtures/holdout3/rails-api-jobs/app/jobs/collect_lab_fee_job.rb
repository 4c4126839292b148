# Collects a lab order's fee from the patient's MoMo wallet.
# Safe to run twice: once a reference exists, it only checks the status.
class CollectLabFeeJob < ApplicationJob
  queue_as :payments

  def perform(lab_order_id, phone)
    order = LabOrder.find(lab_order_id)
    return PaymentStatusJob.perform_later(order.id) if order.reference_id.present?

    dollr = DollrClient.instance
    session = dollr.post("/v1/sessions/checkout", { source_id: order.dollr_invoice_id, source_type: "INVOICE" })
    mmo = dollr.get("/v1/predictions/mmo-provider-info", { phone: phone, operation_type: "COLLECTION" })
    account = dollr.post("/v1/payment-accounts/create?operation_type=COLLECTION", {
      account_name: "#{order.patient.full_name} wallet",
      method: mmo["payment_method"],
      provider: mmo["gateway_provider"],
      party_id: order.patient.dollr_party_id,
      country_code: "LR",
      insensitive_account_number: phone
    })

    reference_id = SecureRandom.uuid
    order.update!(reference_id: reference_id, dollr_session_id: session["id"], payment_status: "PENDING")
    execution = dollr.post("/v1/executions/collection", {
      session_id: session["id"].to_s,
      payment_account_id: account["id"].to_s,
      currency: order.currency,
      reference_id: reference_id
    })
    Rails.logger.info("[lab-fee] order #{order.id} dollr execution #{execution.inspect}")
    order.update!(payment_status: execution["status"])

    PaymentStatusJob.set(wait: 30.seconds).perform_later(order.id)
  end
end
