namespace :dollr do
  desc "Register the cooperative treasurer wallet used for float top-ups"
  task register_treasurer: :environment do
    client = DollrClient.new
    party = client.create_party(fullname: "Harvest Coop Treasurer", phone: "+250788123456", country_code: "RW")
    client.create_counterparty(party_id: party["id"], relationship_type: "EMPLOYEE")
    account = client.create_payout_account(
      party_id: party["id"],
      account_name: "Treasurer MTN",
      payment_method: "MTN_MOMO_RWA",
      provider: "PAWAPAY",
      country_code: "RW",
      number: "250788123456"
    )
    puts "treasurer payout account #{account['id']}"
  end

  desc "Block until a payout settles (ops helper): rake dollr:wait[REFERENCE_ID]"
  task :wait, [:reference_id] => :environment do |_t, args|
    client = DollrClient.new
    loop do
      result = client.payout_status(args[:reference_id])
      puts "#{Time.current.iso8601} #{result['status']}"
      break if %w[COMPLETED FAILED].include?(result["status"])

      sleep 5
    end
  end
end
