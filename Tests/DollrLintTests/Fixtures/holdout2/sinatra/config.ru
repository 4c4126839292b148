require "dotenv/load"
require_relative "app"

run GbarngaGas::App
