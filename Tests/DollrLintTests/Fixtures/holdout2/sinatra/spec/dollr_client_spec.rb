require "logger"
require "stringio"
require "webmock/rspec"
require_relative "../lib/dollr_client"

RSpec.describe DollrClient do
  let(:log) { StringIO.new }
  let(:client) do
    described_class.new(
      base_url: "https://api.heydollr.app",
      client_id: "test-client",
      client_secret: "test-secret",
      logger: Logger.new(log)
    )
  end

  before do
    stub_request(:post, "https://api.heydollr.app/v1/jwt/client/obtain/token")
      .with(body: { client_id: "test-client", client_secret: "test-secret" }.to_json)
      .to_return(status: 200, body: { access_token: "fake-token", expires_in: 60 }.to_json,
                 headers: { "Content-Type" => "application/json" })
  end

  it "caches the token between calls" do
    stub_request(:get, %r{https://api.heydollr.app/v1/status/collection/.+})
      .with(headers: { "Authorization" => "Bearer fake-token" })
      .to_return(status: 200, body: { status: "PROCESSING" }.to_json, headers: { "Content-Type" => "application/json" })

    2.times { client.get("/v1/status/collection/5e0c9a7b-2d4f-4e1a-8b3c-6d7e8f9a0b1c") }

    expect(a_request(:post, "https://api.heydollr.app/v1/jwt/client/obtain/token")).to have_been_made.once
  end

  it "creates an MTN wallet account for collections" do
    stub_request(:post, "https://api.heydollr.app/v1/payment-accounts/create?operation_type=COLLECTION")
      .to_return(status: 200, body: { id: 18, method: "MTN_MOMO_LBR", provider: "PAWAPAY" }.to_json,
                 headers: { "Content-Type" => "application/json" })

    account = client.create_momo_account(party_id: 42, phone: "231771234567", name: "Amara Kamara")

    expect(account["id"]).to eq(18)
  end
end
