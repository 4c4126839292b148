require "net/http"

class DollrTransport
  BASE = URI("https://api.heydollr.app")

  def net_http
    http = Net::HTTP.new(BASE.host, BASE.port)
    http.use_ssl = true
    # ruleid: insecure-transport
    http.verify_mode = OpenSSL::SSL::VERIFY_NONE
    http
  end

  def strict_net_http
    http = Net::HTTP.new(BASE.host, BASE.port)
    http.use_ssl = true
    # ok: insecure-transport
    http.verify_mode = OpenSSL::SSL::VERIFY_PEER
    http
  end

  def faraday
    # ruleid: insecure-transport
    Faraday.new(url: "https://api.heydollr.app", ssl: { verify: false })
  end

  def plain_faraday
    # ruleid: insecure-transport
    Faraday.new(url: "http://api.heydollr.app")
  end
end
