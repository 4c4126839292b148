// Run after a deploy: creates a throwaway party to prove credentials and routing work.
const http = require("../src/dollr/http");
const { accessToken } = require("../src/dollr/auth");

async function main() {
  const headers = { Authorization: `Bearer ${await accessToken()}` };
  const { data } = await http.post("/v1/parties/create", {
    fullname: "Smoke Test",
    phone: "+231886123456",
    email: "smoke@invoicing.example",
    country_code: "LR",
  }, { headers });
  console.log("party created", data.id);
}

main().catch((err) => {
  console.error("smoke test failed", err.message);
  process.exit(1);
});
