require "rails_helper"

RSpec.describe DollrClient do
  let(:settings) do
    ActiveSupport::OrderedOptions.new.merge!(
      base_url: "https://api.heydollr.app",
      client_id: "test-client",
      client_secret: "test-secret",
      timeout: 5,
      open_timeout: 1,
    )
  end
  let(:client) { described_class.new(settings) }

  before do
    stub_request(:post, "https://api.heydollr.app/v1/jwt/client/obtain/token")
      .with(body: { client_id: "test-client", client_secret: "test-secret" }.to_json)
      .to_return(body: { access_token: "fake-token", expires_in: 60 }.to_json)
    stub_request(:get, %r{https://api.heydollr.app/v1/status/collection/.+})
      .with(headers: { "Authorization" => "Bearer fake-token" })
      .to_return(body: { status: "PROCESSING" }.to_json)
  end

  it "reuses the token until five minutes before it expires" do
    2.times { client.collection_status(SecureRandom.uuid) }
    expect(a_request(:post, "https://api.heydollr.app/v1/jwt/client/obtain/token")).to have_been_made.once
  end

  it "refreshes an expiring token" do
    client.collection_status(SecureRandom.uuid)
    travel 56.minutes do
      client.collection_status(SecureRandom.uuid)
    end
    expect(a_request(:post, "https://api.heydollr.app/v1/jwt/client/obtain/token")).to have_been_made.twice
  end
end
