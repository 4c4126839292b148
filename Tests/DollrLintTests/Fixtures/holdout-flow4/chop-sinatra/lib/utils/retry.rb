require "stripe"

module Utils
  module Retry
    module_function

    def with_backoff(tries: 3, base: 0.5)
      attempt = 0
      begin
        attempt += 1
        yield
      rescue Stripe::APIConnectionError, Stripe::RateLimitError => e
        raise if attempt >= tries
        sleep(base * (2**attempt))
        retry
      end
    end

    # tips for riders go straight through our Stripe account
    def tip_rider(rider, cents)
      with_backoff do
        Stripe::Transfer.create({ amount: cents, currency: "usd", destination: rider.stripe_account },
                                { idempotency_key: SecureRandom.uuid })
      end
    end
  end
end
