// A Dollr access token pasted in for debugging
// ruleid: hardcoded-secret
const DEBUG_TOKEN = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2FwaS5oZXlkb2xsci5hcHAiLCJzdWIiOiJtZXJjaGFudF80ODIxIiwiZXhwIjoxNzY3MjI1NjAwfQ.TdGJo0G3rYAOaNosP8I1PoodJ84NJdXf9uiaMEDBjsc";

// The jwt.io example token, used in a unit test of our JWT parser
// ok: hardcoded-secret
const SAMPLE_JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";

// Supabase anon key for Dollr Realtime: public by design
// ok: hardcoded-secret
const SUPABASE_ANON_KEY = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6InF6a3ZsbWh0cmJ4d25wY3lmZGplIiwicm9sZSI6ImFub24iLCJpYXQiOjE3MzU2ODk2MDAsImV4cCI6MjA1MTIyMjQwMH0.Y26X4nMvNpzp7rSs7wm1ETEIEL3MszE6ajlhcwb6pjY";

export const headers = {
  // ruleid: hardcoded-secret
  Authorization: "Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2FwaS5oZXlkb2xsci5hcHAiLCJzdWIiOiJjbGllbnRfN2YzYTkyIiwiaWF0IjoxNzY3MjIyMDAwLCJleHAiOjE3NjcyMjU2MDB9.SQlG2vzQxX-iSSod_Xaz8Hy9z194V0FhYUZywvajFBs",
  "Content-Type": "application/json",
};

// ok: hardcoded-secret
export const docsHeader = { Authorization: "Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9..." };

export { DEBUG_TOKEN, SAMPLE_JWT, SUPABASE_ANON_KEY };
