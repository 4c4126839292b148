class DollrCredentials {
  // ok: hardcoded-secret
  static const baseUrl = 'https://api.heydollr.app';
  // ok: hardcoded-secret
  static const clientId = 'ci_live_Wm4sQx9Tn';
  // ruleid: hardcoded-secret
  static const clientSecret = 'ydsv5L719zniMDKCRptr1nbUMIwHD5X0nlOEQGv8';
  // ok: hardcoded-secret
  static const docsSample = 'your-client-secret';
}
