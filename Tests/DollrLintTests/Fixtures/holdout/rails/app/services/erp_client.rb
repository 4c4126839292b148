require "faraday"

# Stock levels from the warehouse ERP on the office LAN. The ERP appliance
# still serves the self-signed certificate it shipped with; IT has a ticket
# open to replace it. Nothing here talks to Dollr.
class ErpClient
  def initialize(base_url: ENV.fetch("ERP_BASE_URL"))
    @conn = Faraday.new(url: base_url, ssl: { verify: false }, request: { timeout: 10, open_timeout: 3 })
  end

  def stock(sku)
    JSON.parse(@conn.get("/api/stock/#{sku}").body).fetch("on_hand")
  end
end
