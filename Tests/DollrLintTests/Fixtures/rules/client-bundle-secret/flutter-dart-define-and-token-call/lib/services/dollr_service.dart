import 'dart:convert';
import 'package:http/http.dart' as http;

import '../config.dart';

class DollrService {
  static const _base = 'https://api.heydollr.app';

  Future<String> obtainToken(Map<String, String> credentials) async {
    final res = await http.post(
      // ruleid: client-bundle-secret
      Uri.parse('$_base/v1/jwt/client/obtain/token'),
      headers: {'Content-Type': 'application/json'},
      body: jsonEncode(credentials),
    );
    return jsonDecode(res.body)['access_token'] as String;
  }

  Future<Map<String, dynamic>> startCheckout(String orderId) async {
    // ok: client-bundle-secret
    final res = await http.post(Uri.parse('${AppConfig.backendUrl}/api/checkout/$orderId'));
    return jsonDecode(res.body) as Map<String, dynamic>;
  }
}
