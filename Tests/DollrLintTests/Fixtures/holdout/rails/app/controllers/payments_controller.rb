class PaymentsController < ApplicationController
  before_action :authenticate_customer!

  # POST /orders/:order_id/payments
  # Collects a published Dollr order over MTN MoMo.
  def create
    order = current_customer.orders.find(params[:order_id])
    Rails.logger.info("MoMo checkout for order #{order.number}: #{collect_params.to_h}")
    dollr = DollrClient.instance

    party = dollr.create_party(fullname: collect_params[:fullname], phone: collect_params[:phone])
    account = dollr.create_momo_account(
      party_id: party["id"],
      phone: collect_params[:phone],
      account_name: "#{collect_params[:fullname]} MoMo",
    )
    session = dollr.checkout_session(order.dollr_order_id)

    # Store the idempotency key before the execute call, so a lost response
    # can be resolved with GET /v1/status/collection/{reference_id}.
    reference_id = SecureRandom.uuid
    payment = order.payments.create!(reference_id: reference_id, status: "pending", dollr_session_id: session["id"])

    execution = dollr.collect(session_id: session["id"], payment_account_id: account["id"], reference_id: payment.reference_id)
    payment.update!(status: execution["status"].downcase)
    CollectionStatusJob.set(wait: 5.seconds).perform_later(payment.id, 1)

    render json: { reference_id: payment.reference_id, status: execution["status"] }, status: :accepted
  end

  # GET /payments/:reference_id
  def show
    payment = current_customer.payments.find_by!(reference_id: params[:reference_id])
    render json: { reference_id: payment.reference_id, status: payment.status }
  end

  private

  def collect_params
    params.require(:payment).permit(:fullname, :phone)
  end
end
