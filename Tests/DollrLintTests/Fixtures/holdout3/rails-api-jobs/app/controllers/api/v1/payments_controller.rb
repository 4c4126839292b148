# Our API for the front-desk app: /api/v1/lab_orders/:lab_order_id/payment...
# (these /v1 paths are ours, not Dollr's).
module Api
  module V1
    class PaymentsController < ApplicationController
      before_action :authenticate_staff!

      # POST /api/v1/lab_orders/:lab_order_id/payment  { phone }
      def create
        phone = params.require(:phone)
        return render(json: { error: "phone must be 231XXXXXXXX" }, status: :unprocessable_entity) unless phone.match?(/\A231\d{7,9}\z/)

        CollectLabFeeJob.perform_later(params[:lab_order_id].to_i, phone)
        head :accepted
      end

      # GET /api/v1/lab_orders/:lab_order_id/payment
      def show
        order = LabOrder.find(params[:lab_order_id])
        render json: { reference_id: order.reference_id, status: order.payment_status }
      end

      # GET /api/v1/lab_orders/:lab_order_id/payment/realtime_key
      # Dollr's short-lived Supabase Realtime key; the front-desk screen subscribes with it.
      def realtime_key
        order = LabOrder.find(params[:lab_order_id])
        key = DollrClient.instance.post("/v1/realtime-keys/collection", {
          session_id: order.dollr_session_id,
          source_type: "INVOICE",
          reference_id: order.reference_id
        })
        render json: { realtime_token: key["access_token"], expires_in_seconds: key["expires_in"] }
      end

      # GET /api/v1/dollr_token
      # The results kiosk downloads Dollr receipts itself and needs a bearer for that.
      def dollr_token
        render json: { access_token: DollrClient.instance.access_token }
      end
    end
  end
end
