import { defineConfig } from "vite";
import vue from "@vitejs/plugin-vue";

export default defineConfig({
  plugins: [vue()],
  server: {
    port: 5173,
    // The Express API (server/) runs next to Vite in development.
    proxy: { "/api": "http://localhost:3001" },
  },
});
