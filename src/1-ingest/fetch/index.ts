export { fetchUrl } from './fetch.js';
export { isUrl } from './url.js';
export { isForbiddenAddress, forbiddenReason } from './address.js';
export type { FetchOptions, FetchResult } from './types.js';
export type { FetchErrorCode } from './errors.js';
