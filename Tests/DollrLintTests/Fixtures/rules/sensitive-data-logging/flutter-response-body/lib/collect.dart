import 'dart:convert';
import 'package:flutter/foundation.dart';
import 'package:http/http.dart' as http;

const _dollr = 'https://api.heydollr.app';

Future<String> collect(Map<String, String> headers, Map<String, String> body, Map<String, String> payer) async {
  // ruleid: sensitive-data-logging
  debugPrint('payer: ${payer['phone']} ${payer['email']}');
  final response = await http.post(
    Uri.parse('$_dollr/v1/executions/collection'),
    headers: headers,
    body: jsonEncode(body),
  );
  // ruleid: sensitive-data-logging
  debugPrint(response.body);
  final execution = jsonDecode(response.body) as Map<String, dynamic>;
  // ok: sensitive-data-logging
  debugPrint('execution status: ${execution['status']}');
  return execution['reference_id'] as String;
}
