/**
 * Amadis `POST /oauth/token` (client_credentials) and the optional bearer
 * check on the user API (docs/api-contract.md §2: calls "may need" it). Whether the
 * sandbox demands it is the `amadisRequireBearer` option, off by default.
 * @see RFC 6749 §4.4 (client credentials grant) and §5.2 (error responses)
 */
import type { SandboxContext } from './context';
import { HttpError } from './errors';
import { isFormRequest } from './http-io';
import { randomToken, safeEqual } from './hashing';
import type { Reply, Route, SandboxRequest } from './router';
import { DEMO_AMADIS_CLIENT } from './seed';

const TOKEN_LIFETIME_SECONDS = 3600;

function oauthError(status: number, error: string, description: string): HttpError {
  return new HttpError(status, { error, error_description: description });
}

/** The body rule of `POST /oauth/token`: form only, refused as RFC 6749 §5.2 `invalid_request`. */
export function requireOauthForm(request: SandboxRequest): void {
  if (isFormRequest(request.headers['content-type'])) return;
  throw oauthError(400, 'invalid_request', 'Send application/x-www-form-urlencoded.');
}

/** The Content-Type is checked before (requireOauthForm). */
function issueToken(request: SandboxRequest, context: SandboxContext): Reply {
  const form = new URLSearchParams(request.rawBody);
  if (form.get('grant_type') !== 'client_credentials') {
    throw oauthError(400, 'unsupported_grant_type', 'Only client_credentials is supported.');
  }
  const clientId = form.get('client_id') ?? '';
  const clientSecret = form.get('client_secret') ?? '';
  if (!safeEqual(clientId, DEMO_AMADIS_CLIENT.clientId) || !safeEqual(clientSecret, DEMO_AMADIS_CLIENT.clientSecret)) {
    throw oauthError(401, 'invalid_client', 'Unknown client or wrong secret.');
  }
  // `terminalid` is optional upstream and means nothing to the sandbox: accepted and ignored.
  const now = context.clock.now();
  const token = randomToken(32);
  context.state.amadisAccessTokens = context.state.amadisAccessTokens.filter((known) => known.expiresAt > now);
  context.state.amadisAccessTokens.push({ token, clientId, expiresAt: now + TOKEN_LIFETIME_SECONDS * 1000 });
  return { status: 200, body: { token_type: 'Bearer', expires_in: TOKEN_LIFETIME_SECONDS, access_token: token } };
}

/** When required, a missing, unknown or expired access token is a 401 in Amadis's own error shape. */
export function checkAmadisBearer(request: SandboxRequest, context: SandboxContext): void {
  if (!context.options.amadisRequireBearer) return;
  const token = /^Bearer (\S+)$/u.exec(request.headers.authorization ?? '')?.[1];
  const now = context.clock.now();
  const known = token && context.state.amadisAccessTokens.find((record) => safeEqual(record.token, token));
  if (!known || known.expiresAt <= now) {
    throw new HttpError(401, { status: 'error', data: { error: 'Unauthorized: a valid access token is required.' } });
  }
}

export const amadisOauthRoutes: Route[] = [{ method: 'POST', pattern: '/oauth/token', handler: issueToken }];
