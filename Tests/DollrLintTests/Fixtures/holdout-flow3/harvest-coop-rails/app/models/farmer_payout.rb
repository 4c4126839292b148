class FarmerPayout < ApplicationRecord
  belongs_to :farmer
  belongs_to :harvest_batch

  enum :status, {
    queued: "queued",
    pending: "pending",
    processing: "processing",
    completed: "completed",
    failed: "failed"
  }

  before_validation :assign_reference_id, on: :create
  before_validation :assign_voucher_code, on: :create

  validates :reference_id, presence: true, uniqueness: true

  private

  # Dollr idempotency key, persisted with the row before any execution call
  def assign_reference_id
    self.reference_id ||= SecureRandom.uuid
  end

  # printed on the paper slip handed to the farmer at the collection point
  def assign_voucher_code
    self.voucher_code ||= "HV-#{SecureRandom.uuid.first(8).upcase}"
  end
end
