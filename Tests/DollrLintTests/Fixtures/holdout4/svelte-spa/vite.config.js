import { defineConfig } from "vite";
import { svelte } from "@sveltejs/vite-plugin-svelte";

// Only VITE_* variables reach the browser bundle. Server secrets stay unprefixed
// and are read by server/ (Node), never by src/.
export default defineConfig({
  plugins: [svelte()],
  server: {
    proxy: { "/api": "http://localhost:8787" },
  },
});
