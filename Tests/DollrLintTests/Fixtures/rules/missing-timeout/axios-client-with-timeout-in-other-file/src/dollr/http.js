import axios from "axios";

// Built once with a timeout: every call made on it is bounded.
// ok: missing-timeout
export const dollrHttp = axios.create({ baseURL: process.env.DOLLR_BASE_URL, timeout: 15000 });
