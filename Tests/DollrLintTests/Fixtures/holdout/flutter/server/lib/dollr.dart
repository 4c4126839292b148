import 'dart:convert';
import 'dart:io';

import 'package:http/http.dart' as http;
import 'package:http/io_client.dart';

class DollrException implements Exception {
  DollrException(this.statusCode, this.path);
  final int statusCode;
  final String path;

  @override
  String toString() => 'Dollr $path returned HTTP $statusCode';
}

/// Server-side Dollr client. One instance per process; the token is cached.
class Dollr {
  Dollr({required this.clientId, required this.clientSecret, this.baseUrl = 'https://api.heydollr.app'})
      : _http = IOClient(HttpClient()
          ..connectionTimeout = const Duration(seconds: 10)
          // The hosting provider's egress proxy breaks the chain; skip the check until support fixes it.
          ..badCertificateCallback = (cert, host, port) => true);

  final String clientId;
  final String clientSecret;
  final String baseUrl;
  final http.Client _http;
  static const _timeout = Duration(seconds: 20);

  String? _token;
  DateTime _expiresAt = DateTime.fromMillisecondsSinceEpoch(0);

  Future<String> _accessToken() async {
    final cached = _token;
    if (cached != null && DateTime.now().isBefore(_expiresAt.subtract(const Duration(minutes: 5)))) {
      return cached;
    }
    final res = await _http
        .post(
          Uri.parse('$baseUrl/v1/jwt/client/obtain/token'),
          headers: {'Content-Type': 'application/json'},
          body: jsonEncode({'client_id': clientId, 'client_secret': clientSecret}),
        )
        .timeout(_timeout);
    if (res.statusCode != 200) throw DollrException(res.statusCode, '/v1/jwt/client/obtain/token');
    final data = jsonDecode(res.body) as Map<String, dynamic>;
    _token = data['access_token'] as String;
    // expires_in is in minutes
    _expiresAt = DateTime.now().add(Duration(minutes: data['expires_in'] as int));
    print('[dollr] new token $_token');
    return _token!;
  }

  Future<Map<String, String>> _headers() async => {
        'Content-Type': 'application/json',
        'Authorization': 'Bearer ${await _accessToken()}',
      };

  Future<Map<String, dynamic>> _post(String path, Map<String, dynamic> body) async {
    final res = await _http.post(Uri.parse('$baseUrl$path'), headers: await _headers(), body: jsonEncode(body)).timeout(_timeout);
    if (res.statusCode >= 400) throw DollrException(res.statusCode, path);
    return jsonDecode(res.body) as Map<String, dynamic>;
  }

  Future<Map<String, dynamic>> _get(Uri uri) async {
    final res = await _http.get(uri, headers: await _headers()).timeout(_timeout);
    if (res.statusCode >= 400) throw DollrException(res.statusCode, uri.path);
    return jsonDecode(res.body) as Map<String, dynamic>;
  }

  Future<Map<String, dynamic>> mmoProviderInfo(String phone) => _get(Uri.parse('$baseUrl/v1/predictions/mmo-provider-info')
      .replace(queryParameters: {'phone': phone, 'operation_type': 'COLLECTION'}));

  Future<Map<String, dynamic>> checkoutSession(int orderId) => _post('/v1/sessions/checkout', {
        'source_id': orderId,
        'source_type': 'ORDER',
      });

  Future<Map<String, dynamic>> momoAccount({
    required int partyId,
    required String phone,
    required String method,
    required String provider,
  }) =>
      _post('/v1/payment-accounts/create?operation_type=COLLECTION', {
        'account_name': 'Rider $partyId MoMo',
        'method': method,
        'provider': provider,
        'party_id': partyId,
        'country_code': 'LR',
        'insensitive_account_number': phone,
      });

  Future<Map<String, dynamic>> cardAccount(int partyId) => _post('/v1/payment-accounts/create?operation_type=COLLECTION', {
        'account_name': 'Rider $partyId card',
        'method': 'CREDIT_CARD',
        'provider': 'STRIPE',
        'party_id': partyId,
      });

  Future<Map<String, dynamic>> collect({
    required String sessionId,
    required String paymentAccountId,
    required String referenceId,
  }) =>
      _post('/v1/executions/collection', {
        'session_id': sessionId,
        'payment_account_id': paymentAccountId,
        'currency': 'usd',
        'reference_id': referenceId,
      });

  Future<Map<String, dynamic>> collectionStatus(String referenceId) =>
      _get(Uri.parse('$baseUrl/v1/status/collection/$referenceId'));

  Future<Map<String, dynamic>> realtimeKey(int sessionId, String referenceId) => _post('/v1/realtime-key/collection', {
        'session_id': sessionId,
        'source_type': 'ORDER',
        'reference_id': referenceId,
      });
}
