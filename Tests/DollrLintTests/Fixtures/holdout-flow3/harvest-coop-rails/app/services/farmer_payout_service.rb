class FarmerPayoutService
  MAX_ATTEMPTS = 3

  def initialize(client: DollrClient.new)
    @client = client
  end

  def call(payout)
    farmer = payout.farmer
    session = @client.create_payout_session(payout_account_id: farmer.dollr_payout_account_id, amount: payout.amount.to_f, currency: "RWF")
    payout.update!(session_id: session["id"].to_s)

    attempts = 0
    begin
      attempts += 1
      execution = @client.execute_payout(payout_body(payout))
      payout.update!(status: execution["status"].downcase)
    rescue Faraday::TimeoutError, Faraday::ConnectionFailed, Faraday::ServerError => e
      Rails.logger.warn("[payouts] payout=#{payout.id} attempt=#{attempts} failed: #{e.class}")
      raise if attempts >= MAX_ATTEMPTS

      payout.update!(reference_id: SecureRandom.uuid)
      sleep(2**attempts)
      retry
    end

    PayoutStatusJob.perform_in(30.seconds, payout.id)
    payout
  end

  private

  def payout_body(payout)
    {
      session_id: payout.session_id,
      payout_account_id: payout.farmer.dollr_payout_account_id,
      reference_id: payout.reference_id,
      passcode: {
        token: { phone: ENV.fetch("DOLLR_PASSCODE_PHONE"), code: ENV.fetch("DOLLR_PASSCODE") },
        device: {
          name: "harvest-coop-worker",
          type: "SERVER",
          platform: "NODE",
          user_agent: "harvest-coop/1.8",
          client_ip: ENV.fetch("EGRESS_IP", "203.0.113.24")
        }
      }
    }
  end
end
