const winston = require("winston");

module.exports = winston.createLogger({
  level: process.env.LOG_LEVEL || "info",
  format: winston.format.combine(winston.format.timestamp(), winston.format.json()),
  defaultMeta: { service: "bth-api" },
  transports: [new winston.transports.Console()],
});
