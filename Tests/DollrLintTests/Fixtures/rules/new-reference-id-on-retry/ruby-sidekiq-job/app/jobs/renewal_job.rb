class RenewalJob
  include Sidekiq::Job
  sidekiq_options retry: 5

  def perform(subscription_id)
    subscription = Subscription.find(subscription_id)
    # ruleid: new-reference-id-on-retry
    reference_id = SecureRandom.uuid
    subscription.payments.create!(reference_id: reference_id, status: "PENDING")
    client = DollrClient.new(DollrToken.current)
    # ruleid: retry-without-status-check
    result = client.execute_collection(session_id: subscription.session_id, account_id: subscription.account_id, reference_id: reference_id)
    subscription.payments.find_by!(reference_id: reference_id).update!(status: result["status"])
  end
end
