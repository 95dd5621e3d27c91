/**
 * The public core API of the order desk (contract: README "Public core API").
 * Pure TypeScript with no DOM: it runs in the browser and on Node >= 20, so
 * resellers can reuse it on a back end. It gathers the modules' entry points
 * (each folder's index.ts is that module's public face); everything not
 * exported from one of them is internal. The UI imports the entry points
 * themselves, so that the light ones stay apart from @peculiar/x509.
 */

// The reseller API as data (light).
export * from './spec';
export * from './schema';

// PEM, Base64 and shell quoting, shared by every module (light).
export * from './encoding';

// Requests: buildRequest and the outputs it is made of (light).
export * from './order';

// Responses: decodeResponse, batch decoding and the parsers behind them (light).
export * from './response';

// The reseller's config.json (light).
export * from './config';

// Keys and CSRs (WebCrypto + @peculiar/x509).
export * from './pki';

// Certificates in responses: decoding, chain checks, PKCS#12 (@peculiar/x509).
export * from './cert';
