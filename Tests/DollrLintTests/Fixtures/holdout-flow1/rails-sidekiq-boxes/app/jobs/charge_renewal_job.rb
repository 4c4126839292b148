class ChargeRenewalJob
  include Sidekiq::Job
  sidekiq_options queue: :billing, retry: 5

  def perform(subscription_id)
    subscription = Subscription.find(subscription_id)
    renewal = subscription.renewals.create!(period: Date.current.beginning_of_month)

    reference_id = SecureRandom.uuid
    renewal.update!(reference_id: reference_id)

    result = DollrClient.new.execute_collection(
      session_id: subscription.dollr_session_id,
      payment_account_id: subscription.dollr_account_id,
      currency: "lrd",
      reference_id: reference_id
    )
    renewal.update!(status: result["status"])
  rescue Faraday::ClientError => e
    # a 4xx will not change on a second try: record it instead of letting Sidekiq retry
    renewal.update!(status: "REJECTED", failure_code: e.response_status)
  end
end
