class DollrController < ApplicationController
  def token
    access_token = DollrClient.new.access_token
    # ruleid: token-exposed-to-client
    render json: { access_token: access_token }
  end

  def status
    result = DollrClient.new.collection_status(params[:reference_id])
    # ok: token-exposed-to-client
    render json: { status: result["status"], reference_id: params[:reference_id] }
  end
end
