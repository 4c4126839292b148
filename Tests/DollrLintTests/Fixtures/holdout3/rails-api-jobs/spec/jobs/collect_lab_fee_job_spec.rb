require "rails_helper"

RSpec.describe CollectLabFeeJob do
  let(:patient) { Patient.create!(full_name: "Musu Doe", email: "musu@example.com", dollr_party_id: 42) }
  let(:order) { LabOrder.create!(patient: patient, dollr_invoice_id: 101, currency: "USD") }

  before do
    Rails.cache.clear
    allow(Rails.application.config.x.dollr).to receive(:client_secret).and_return("test-secret")
    stub_request(:post, "https://api.heydollr.app/v1/jwt/client/obtain/token")
      .to_return(status: 200, body: { access_token: "fake-token", expires_in: 60 }.to_json,
                 headers: { "Content-Type" => "application/json" })
    stub_request(:post, "https://api.heydollr.app/v1/sessions/checkout")
      .to_return(status: 200, body: { id: 55 }.to_json, headers: { "Content-Type" => "application/json" })
    stub_request(:get, %r{https://api.heydollr.app/v1/predictions/mmo-provider-info})
      .to_return(status: 200, body: { payment_method: "MTN_MOMO_LBR", gateway_provider: "PAWAPAY" }.to_json,
                 headers: { "Content-Type" => "application/json" })
    stub_request(:post, "https://api.heydollr.app/v1/payment-accounts/create?operation_type=COLLECTION")
      .to_return(status: 200, body: { id: 18 }.to_json, headers: { "Content-Type" => "application/json" })
    stub_request(:post, "https://api.heydollr.app/v1/executions/collection")
      .with(headers: { "Authorization" => "Bearer fake-token" })
      .to_return(status: 200, body: { status: "PENDING", reference_id: "e2a1c3b5-7d9f-4e1a-b3c5-d7e9f1a3b5c7" }.to_json,
                 headers: { "Content-Type" => "application/json" })
  end

  it "stores the reference before executing" do
    described_class.perform_now(order.id, "231771234567")

    expect(order.reload.reference_id).to match(/\A\h{8}-\h{4}-4\h{3}-[89ab]\h{3}-\h{12}\z/)
    expect(order.payment_status).to eq("PENDING")
    expect(a_request(:post, "https://api.heydollr.app/v1/jwt/client/obtain/token")).to have_been_made.once
  end

  it "does not execute twice" do
    order.update!(reference_id: "e2a1c3b5-7d9f-4e1a-b3c5-d7e9f1a3b5c7")
    expect { described_class.perform_now(order.id, "231771234567") }.to have_enqueued_job(PaymentStatusJob)
    expect(a_request(:post, "https://api.heydollr.app/v1/executions/collection")).not_to have_been_made
  end
end
