import 'dart:convert';

import 'package:http/http.dart' as http;

import '../config.dart';

/// Fallback for drivers when the ride API is down: asks Dollr directly
/// whether the rider's payment went through, so the ride can be closed.
class DollrDirect {
  DollrDirect({http.Client? client}) : _client = client ?? http.Client();

  final http.Client _client;
  String? _token;
  DateTime _expiresAt = DateTime.fromMillisecondsSinceEpoch(0);
  static const _timeout = Duration(seconds: 15);

  Future<String> _accessToken() async {
    final token = _token;
    if (token != null && DateTime.now().isBefore(_expiresAt.subtract(const Duration(minutes: 5)))) {
      return token;
    }
    final res = await _client
        .post(
          Uri.parse('${AppConfig.dollrBaseUrl}/v1/jwt/client/obtain/token'),
          headers: {'Content-Type': 'application/json'},
          body: jsonEncode({
            'client_id': AppConfig.dollrClientId,
            'client_secret': AppConfig.dollrClientSecret,
          }),
        )
        .timeout(_timeout);
    final data = jsonDecode(res.body) as Map<String, dynamic>;
    _token = data['access_token'] as String;
    // expires_in is in minutes
    _expiresAt = DateTime.now().add(Duration(minutes: data['expires_in'] as int));
    return _token!;
  }

  Future<String> collectionStatus(String referenceId) async {
    final res = await _client.get(
      Uri.parse('${AppConfig.dollrBaseUrl}/v1/status/collection/$referenceId'),
      headers: {'Authorization': 'Bearer ${await _accessToken()}'},
    ).timeout(_timeout);
    return (jsonDecode(res.body) as Map<String, dynamic>)['status'] as String;
  }
}
