import 'dart:io';

import 'package:http/io_client.dart';

// ruleid: insecure-transport
const dollrBaseUrl = 'http://api.heydollr.app';
// ok: insecure-transport
const dollrSecureUrl = 'https://api.heydollr.app';
// ok: insecure-transport
const emulatorBackend = 'http://10.0.2.2:8000';

IOClient dollrClient() {
  final inner = HttpClient()
    // ruleid: insecure-transport
    ..badCertificateCallback = (X509Certificate cert, String host, int port) => true
    ..connectionTimeout = const Duration(seconds: 30);
  return IOClient(inner);
}
