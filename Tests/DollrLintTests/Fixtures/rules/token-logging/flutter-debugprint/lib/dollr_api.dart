import 'package:flutter/foundation.dart';
import 'package:http/http.dart' as http;

class DollrApi {
  DollrApi(this.accessToken);
  final String accessToken;

  Future<http.Response> status(String referenceId) {
    final headers = {
      'Authorization': 'Bearer $accessToken',
      'Content-Type': 'application/json',
    };
    // ruleid: token-logging
    debugPrint('token: $accessToken');
    // ruleid: token-logging
    print(headers);
    // ok: token-logging
    debugPrint('token received (${accessToken.length} chars)');
    // ok: token-logging
    debugPrint('headers: ${headers.keys.join(', ')}');
    return http.get(Uri.parse('https://api.heydollr.app/v1/status/collection/$referenceId'), headers: headers);
  }
}
