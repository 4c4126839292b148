# Wallet top-ups from the mobile app: the customer picks an amount, we collect it.
class TopUpService
  MAX_ATTEMPTS = 3

  def initialize(client: DollrClient.new)
    @client = client
  end

  def call(top_up)
    top_up.update!(reference_id: SecureRandom.uuid) if top_up.reference_id.blank?
    attempts = 0
    begin
      attempts += 1
      result = @client.execute_collection(
        session_id: top_up.session_id,
        payment_account_id: top_up.account_id,
        currency: "USD",
        reference_id: top_up.reference_id
      )
      top_up.update!(status: result["status"])
    rescue Faraday::TimeoutError, Faraday::ConnectionFailed
      sleep(2**attempts)
      retry if attempts < MAX_ATTEMPTS
      top_up.update!(status: "UNKNOWN")
    end
  end
end
