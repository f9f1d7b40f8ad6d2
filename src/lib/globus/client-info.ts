/** Sent as `X-Globus-Client-Info` so Globus can tell this app's traffic apart (docs/protocol/README.md#conventions). */
export const CLIENT_PRODUCT = 'globus-browser-client';
/** Kept equal to package.json's version by client-info.test.ts (importing package.json would bundle it). */
export const CLIENT_VERSION = '0.1.0';
export const CLIENT_INFO_HEADER = `product=${CLIENT_PRODUCT},version=${CLIENT_VERSION}`;
