# frozen_string_literal: true

require "minitest/autorun"
require "webmock/minitest"
require_relative "../lib/payouts"

PASSCODE = {
  token: { code: "0000", phone: "231771234567" },
  device: { name: "test", type: "SERVER", platform: "RUBY", user_agent: "minitest", client_ip: "127.0.0.1" }
}.freeze

class PayoutsTest < Minitest::Test
  def setup
    stub_request(:post, "https://api.heydollr.app/v1/jwt/client/obtain/token")
      .to_return(body: { access_token: "fake-token", expires_in: 60 }.to_json)
  end

  def test_pay_records_reference_before_execute
    stub_request(:post, "https://api.heydollr.app/v1/sessions/payout").to_return(body: { id: 42 }.to_json)
    stub_request(:post, "https://api.heydollr.app/v1/executions/payout")
      .to_return(body: { status: "PROCESSING", reference_id: "7c9e6679-7425-40de-944b-e07fc1f90ae7" }.to_json)
    ledger = Minitest::Mock.new
    ledger.expect(:record, nil, [1, String, 25])
    dollr = DollrClient.new(client_id: "test-client", client_secret: "test-secret")
    grower = { id: 1, name: "Test Grower", phone: "231771234567", payout_account_id: 18 }

    execution = Payouts.pay(dollr, ledger, grower, 25, PASSCODE)

    assert_equal "PROCESSING", execution["status"]
    ledger.verify
  end
end
