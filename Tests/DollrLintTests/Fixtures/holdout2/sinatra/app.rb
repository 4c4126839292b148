require "logger"
require "securerandom"
require "sinatra/base"
require "sinatra/json"
require "sequel"

require_relative "lib/dollr_client"

module GbarngaGas
  DB = Sequel.connect(ENV.fetch("DATABASE_URL"))

  class App < Sinatra::Base
    LOGGER = Logger.new($stdout)

    configure do
      enable :sessions
      set :session_secret, ENV.fetch("SESSION_SECRET")
      set :logger, LOGGER
      set :dollr, DollrClient.new(
        base_url: ENV.fetch("DOLLR_BASE_URL", "https://api.heydollr.app"),
        client_id: ENV.fetch("DOLLR_CLIENT_ID"),
        client_secret: ENV.fetch("DOLLR_CLIENT_SECRET"),
        logger: LOGGER
      )
    end

    helpers do
      def dollr = settings.dollr
      def logger = settings.logger

      def delivery!(id)
        DB[:deliveries].where(id: Integer(id)).first || halt(404, json(error: "not found"))
      end

      # Creates and publishes the Dollr order for a delivery the first time it is paid.
      def dollr_order_id!(delivery)
        return delivery[:dollr_order_id] if delivery[:dollr_order_id]

        order = dollr.post("/v1/orders/create", {
          counterparty_id: delivery[:dollr_counterparty_id],
          currency: "LD",
          note: "Gbarnga Gas delivery #{delivery[:number]}",
          fee_bearer: "PAYER",
          as_payment_link: false
        })
        dollr.post("/v1/orders/#{order['id']}/items/add", {
          name: "#{delivery[:cylinders]} x #{delivery[:cylinder_kg]} kg LPG cylinder",
          currency: "LRD",
          qty: delivery[:cylinders],
          amount: delivery[:unit_price_lrd].to_f
        })
        dollr.put("/v1/orders/publish/#{order['id']}")
        DB[:deliveries].where(id: delivery[:id]).update(dollr_order_id: order["id"])
        order["id"]
      end

      def start_payment(delivery, account_id)
        session = dollr.post("/v1/sessions/checkout", { source_id: dollr_order_id!(delivery), source_type: "ORDER" })
        # Stored before the execute call, so a lost response can be looked up by status.
        reference_id = SecureRandom.uuid
        DB[:payments].insert(delivery_id: delivery[:id], reference_id: reference_id, status: "PENDING")
        execution = dollr.post("/v1/executions/collection", {
          session_id: session["id"].to_s,
          payment_account_id: account_id.to_s,
          currency: "LRD",
          reference_id: reference_id
        })
        DB[:payments].where(reference_id: reference_id).update(status: execution["status"])
        [reference_id, execution]
      end
    end

    # JSON API for the drivers' app. These /v1 paths are ours, not Dollr's.
    post "/v1/deliveries/:id/pay/momo" do
      delivery = delivery!(params[:id])
      payload = JSON.parse(request.body.read)
      account = dollr.create_momo_account(party_id: delivery[:dollr_party_id], phone: payload["phone"], name: delivery[:customer_name])
      reference_id, execution = start_payment(delivery, account["id"])
      logger.info("delivery #{delivery[:id]} payment #{reference_id} #{execution['status']}")
      status 202
      json reference_id: reference_id, status: execution["status"]
    end

    post "/v1/deliveries/:id/pay/card" do
      delivery = delivery!(params[:id])
      payload = JSON.parse(request.body.read)
      dollr.get("/v1/predictions/card-provider-info", {
        payment_method_id: payload["payment_method_id"], operation_type: "COLLECTION", provider: "STRIPE"
      })
      account = dollr.create_card_account(party_id: delivery[:dollr_party_id], name: delivery[:customer_name])
      reference_id, execution = start_payment(delivery, account["id"])
      if execution["requires_action"]
        logger.info("3DS needed for #{reference_id}: client_secret=#{execution['client_secret']}")
      end
      # The card page hands client_secret to stripe.confirmCardPayment.
      json reference_id: reference_id, status: execution["status"],
           requires_action: execution["requires_action"] == true, client_secret: execution["client_secret"]
    end

    get "/v1/deliveries/:id/payments/:reference_id" do
      res = dollr.get("/v1/status/collection/#{params[:reference_id]}")
      DB[:payments].where(reference_id: params[:reference_id]).update(status: res["status"])
      logger.info("payment #{params[:reference_id]} status=#{res['status']}")
      json reference_id: params[:reference_id], status: res["status"]
    end

    get "/deliveries/:id/card" do
      @delivery = delivery!(params[:id])
      @stripe_key = ENV.fetch("STRIPE_PUBLISHABLE_KEY")
      erb :pay_card
    end

    # Customer-facing tracking page, linked from the SMS receipt.
    get "/track/:id" do
      @delivery = delivery!(params[:id])
      @payment = DB[:payments].where(delivery_id: @delivery[:id]).reverse(:id).first
      erb :track
    end
  end
end
