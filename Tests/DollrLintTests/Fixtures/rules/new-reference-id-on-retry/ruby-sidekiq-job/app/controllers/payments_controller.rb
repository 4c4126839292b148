class PaymentsController < ApplicationController
  # "Pay again" button: only offered once Dollr confirmed the previous attempt FAILED.
  def retry_payment
    payment = current_user.payments.find(params[:id])
    client = DollrClient.new(DollrToken.current)
    previous = client.collection_status(payment.reference_id)
    return render(json: { status: previous["status"] }, status: :conflict) unless previous["status"] == "FAILED"

    # ok: new-reference-id-on-retry
    reference_id = SecureRandom.uuid
    attempt = payment.order.payments.create!(reference_id: reference_id, status: "PENDING")
    # ok: retry-without-status-check
    result = client.execute_collection(session_id: params[:session_id], account_id: payment.account_id, reference_id: reference_id)
    attempt.update!(status: result["status"])
    render json: { reference_id: reference_id, status: result["status"] }, status: :accepted
  end
end
