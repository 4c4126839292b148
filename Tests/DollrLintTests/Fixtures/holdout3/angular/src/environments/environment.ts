// Browser build configuration (development). Everything here ships to the
// browser, so it holds public values only.
export const environment = {
  production: false,
  apiUrl: 'http://localhost:4000/api',
  stripePublishableKey: 'pk_test_51PmB2cGantaPharmacyDevOnlyXXXXXXXXXXXXXXXXXXXXXXXX',
  dollrClientId: 'mrc_5521_a7c3e9',
};
