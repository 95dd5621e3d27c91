/** Real CSRs made with openssl for the request-builder tests; no Node APIs, so UI tests can import them too. */

/**
 * An S/MIME CSR for fred@example.com (openssl req -newkey ec P-256 -subj
 * "/CN=Fred Bloggs/emailAddress=fred@example.com" -addext
 * "subjectAltName=email:fred@example.com").
 */
export const SMIME_CSR = [
  '-----BEGIN CERTIFICATE REQUEST-----',
  'MIIBIDCBxwIBADA3MRQwEgYDVQQDDAtGcmVkIEJsb2dnczEfMB0GCSqGSIb3DQEJ',
  'ARYQZnJlZEBleGFtcGxlLmNvbTBZMBMGByqGSM49AgEGCCqGSM49AwEHA0IABP0U',
  'JDEYHuVAbFcGZoh4yOuuWKcPG5eicdqPQVAC9YqKokJQlhJNTT7ABlsYHebg/7Jt',
  'Vu72kO/eODxx0EraBIqgLjAsBgkqhkiG9w0BCQ4xHzAdMBsGA1UdEQQUMBKBEGZy',
  'ZWRAZXhhbXBsZS5jb20wCgYIKoZIzj0EAwIDSAAwRQIgOSUzjK9r+TSWpKnZOJf/',
  'IWvRfK1TJ3R1346HGBDizg0CIQDUPEUTAARkYwYENC0tNeYpaWP75AtFPbw58wPI',
  '62Ouow==',
  '-----END CERTIFICATE REQUEST-----',
].join('\n');

/**
 * An SSL CSR for www.example.com and example.com (openssl req -newkey ec P-256
 * -subj "/CN=www.example.com" -addext "subjectAltName=DNS:www.example.com,DNS:example.com").
 */
export const SSL_CSR = [
  '-----BEGIN CERTIFICATE REQUEST-----',
  'MIIBDjCBtgIBADAaMRgwFgYDVQQDDA93d3cuZXhhbXBsZS5jb20wWTATBgcqhkjO',
  'PQIBBggqhkjOPQMBBwNCAARZokvP48JjWM2PPc+aVNPylulsPtExsoq8r50E+WVm',
  '60tVGo8Q6mx9qM9uteKp5DW7EVzIHN5pwMu/MeZiNvoFoDowOAYJKoZIhvcNAQkO',
  'MSswKTAnBgNVHREEIDAegg93d3cuZXhhbXBsZS5jb22CC2V4YW1wbGUuY29tMAoG',
  'CCqGSM49BAMCA0cAMEQCIA6SoTMHHfHhskWfn2UV3kium6JxXHU3KH8y0cnuvGtB',
  'AiA+GoQheysopLrL74EQ1dCBOFdQMtrSquEeDIyVverCOw==',
  '-----END CERTIFICATE REQUEST-----',
].join('\n');
