/// Build-time configuration, passed with --dart-define.
class AppConfig {
  /// Ride API. Debug builds talk to the server on the host machine (the Android emulator's alias for localhost).
  static const apiBaseUrl = String.fromEnvironment('API_BASE_URL', defaultValue: 'http://10.0.2.2:8080');

  /// Stripe publishable key Dollr issued for card payments; safe to ship.
  static const stripePublishableKey = String.fromEnvironment('STRIPE_PUBLISHABLE_KEY');

  static const dollrBaseUrl = 'https://api.heydollr.app';
  static const dollrClientId = String.fromEnvironment('DOLLR_CLIENT_ID');

  /// Only for DollrDirect, the fallback when the ride API is unreachable.
  static const dollrClientSecret = String.fromEnvironment('DOLLR_CLIENT_SECRET');
}
