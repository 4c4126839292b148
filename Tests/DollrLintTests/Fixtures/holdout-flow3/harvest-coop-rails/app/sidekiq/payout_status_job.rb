class PayoutStatusJob
  include Sidekiq::Job
  sidekiq_options queue: :payouts, retry: 5

  MAX_CHECKS = 12
  BASE_DELAY = 15 # seconds
  MAX_DELAY = 15.minutes.to_i

  def perform(payout_id, check = 1)
    payout = FarmerPayout.find(payout_id)
    return if payout.completed? || payout.failed?

    result = DollrClient.new.payout_status(payout.reference_id)
    case result["status"]
    when "COMPLETED"
      payout.completed!
      FarmerMailer.with(payout: payout).paid.deliver_later
    when "FAILED"
      payout.failed!
      AdminAlert.payout_failed(payout, result["gateway_message"])
    else
      # PENDING / PROCESSING: MoMo operators can take minutes to confirm, keep waiting
      payout.update!(status: result["status"].downcase)
      if check >= MAX_CHECKS
        AdminAlert.payout_stuck(payout)
      else
        self.class.perform_in([BASE_DELAY * (2**(check - 1)), MAX_DELAY].min, payout_id, check + 1)
      end
    end
  end
end
