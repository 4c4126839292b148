import 'dart:convert';

import 'package:http/http.dart' as http;

import '../config.dart';

class PaymentStart {
  PaymentStart({required this.referenceId, required this.status, this.requiresAction = false, this.clientSecret});

  factory PaymentStart.fromJson(Map<String, dynamic> json) => PaymentStart(
        referenceId: json['reference_id'] as String,
        status: json['status'] as String,
        requiresAction: json['requires_action'] as bool? ?? false,
        clientSecret: json['client_secret'] as String?,
      );

  final String referenceId;
  final String status;
  final bool requiresAction;

  /// Stripe PaymentIntent client secret, present when the card needs 3-D Secure.
  final String? clientSecret;
}

/// The Lofa Ride API. Every Dollr call happens on that server.
class RideApi {
  RideApi(this.sessionToken, {http.Client? client}) : _client = client ?? http.Client();

  /// The rider's login session with the ride API (not a Dollr token).
  final String sessionToken;
  final http.Client _client;
  static const _timeout = Duration(seconds: 30);

  Map<String, String> get _headers => {
        'Content-Type': 'application/json',
        'Authorization': 'Bearer $sessionToken',
      };

  Future<PaymentStart> payWithMomo(String rideId, String phone) async {
    final res = await _client
        .post(Uri.parse('${AppConfig.apiBaseUrl}/rides/$rideId/pay/momo'), headers: _headers, body: jsonEncode({'phone': phone}))
        .timeout(_timeout);
    return PaymentStart.fromJson(jsonDecode(res.body) as Map<String, dynamic>);
  }

  Future<PaymentStart> payWithCard(String rideId, String paymentMethodId) async {
    final res = await _client
        .post(Uri.parse('${AppConfig.apiBaseUrl}/rides/$rideId/pay/card'),
            headers: _headers, body: jsonEncode({'payment_method_id': paymentMethodId}))
        .timeout(_timeout);
    return PaymentStart.fromJson(jsonDecode(res.body) as Map<String, dynamic>);
  }

  Future<String> paymentStatus(String referenceId) async {
    final res = await _client.get(Uri.parse('${AppConfig.apiBaseUrl}/payments/$referenceId'), headers: _headers).timeout(_timeout);
    return (jsonDecode(res.body) as Map<String, dynamic>)['status'] as String;
  }
}
