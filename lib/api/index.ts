// The API layer's public face for the background: clients, their types and the typed errors.
export * from './errors';
export type { ServerErrorDetail } from './error-body';
export { createHttpClient, DEFAULT_TIMEOUT_MS, noContent } from './http';
export type { ApiPath, FetchLike, HttpClient, HttpClientOptions, HttpMethod, NoContent, RequestOptions } from './http';
export * from './emnify';
export * from './amadis';
export { parseApiTimestamp } from './timestamps';
