// Server-side settings for server.ts. Despite the name, this file is not one of
// Angular's browser environment files and never ships to the browser. It holds
// public values only; DOLLR_CLIENT_SECRET is read in server/dollr.ts.
export const serverEnvironment = {
  port: Number(process.env['PORT'] ?? 4000),
  publicUrl: process.env['PUBLIC_URL'] ?? 'http://localhost:4000',
  dollrBaseUrl: 'https://api.heydollr.app',
  dollrClientId: process.env['DOLLR_CLIENT_ID'] ?? '',
  requestTimeoutMs: 15_000,
};
