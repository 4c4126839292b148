class AppConfig {
  // ok: client-bundle-secret
  static const backendUrl = String.fromEnvironment('BACKEND_URL', defaultValue: 'https://shop-api.example.com');
  // ok: client-bundle-secret
  static const dollrClientId = String.fromEnvironment('DOLLR_CLIENT_ID');
  // ruleid: client-bundle-secret
  static const dollrClientSecret = String.fromEnvironment('DOLLR_CLIENT_SECRET');
}
