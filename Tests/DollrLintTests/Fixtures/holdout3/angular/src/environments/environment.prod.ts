// Replaces environment.ts in production builds (angular.json fileReplacements).
export const environment = {
  production: true,
  apiUrl: '/api',
  stripePublishableKey: 'pk_live_51PmB2cGantaPharmacyPublishableXXXXXXXXXXXXXXXXXXXX',
  dollrClientId: 'mrc_5521_a7c3e9',
};
