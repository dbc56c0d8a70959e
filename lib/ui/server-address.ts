import type { NewProfileInput, ServerKind } from '../protocol/protocol';
import { hostPermissionPattern } from '../host-pattern';
import { WITH_LOCAL_SANDBOX } from '../store-build';
import { FormInputError } from './form-errors';

/**
 * Hosts the extension may reach over plain http: this computer only (the local sandbox), and none
 * in a store build. Every other server is https, which is also all the manifest's optional host
 * permissions allow.
 */
const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(WITH_LOCAL_SANDBOX ? ['127.0.0.1', 'localhost', '[::1]'] : []);

const HTTPS_ONLY = WITH_LOCAL_SANDBOX ? 'only servers on this computer may use http' : 'plain http is not allowed';

export interface ServerAddress {
  /** Scheme, host and port: what the host permission is asked for, less the port (host-pattern.ts). */
  origin: string;
  /** Origin plus an optional path prefix, without a trailing slash (the profile's `baseUrl`). */
  baseUrl: string;
}

/** Reads a web address typed by the user; `what` names the field in the sentence shown on failure. */
export function parseWebAddress(address: string, what: string): URL {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    throw new FormInputError(`Type ${what} in full, starting with https://.`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname))) {
    throw new FormInputError(`${capitalise(what)} must start with https://: ${HTTPS_ONLY}.`);
  }
  // A password in the address would be stored with the profile: it belongs nowhere near it.
  if (url.username || url.password) throw new FormInputError(`Leave any user name and password out of ${what}.`);
  return url;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A server's address: its origin, and an optional path prefix the API calls are made under. */
export function parseServerAddress(address: string): ServerAddress {
  const url = parseWebAddress(address, 'the server address');
  if (url.search || url.hash) throw new FormInputError('Leave any “?” or “#” part out of the server address.');
  return { origin: url.origin, baseUrl: url.origin + url.pathname.replace(/\/+$/, '') };
}

/** The "Add server" form as typed. */
export interface ServerForm {
  kind: ServerKind;
  name: string;
  address: string;
  resendActivationUrl: string;
  clientId: string;
  clientSecret: string;
}

export const EMPTY_SERVER_FORM: ServerForm = {
  kind: 'emnify',
  name: '',
  address: '',
  resendActivationUrl: '',
  clientId: '',
  clientSecret: '',
};

export interface NewServer {
  input: NewProfileInput;
  /** The host permission to ask for before the profile is saved: a match pattern (no port). */
  permissionPattern: string;
}

/**
 * Checks the form and builds what `profiles.add` takes. Blank optional fields are left out, and
 * only the fields of the chosen kind are sent (a resend page means nothing to an Amadis server).
 */
export function toNewServer(form: ServerForm): NewServer {
  const name = form.name.trim();
  if (!name) throw new FormInputError('Give the server a name.');
  const { origin, baseUrl } = parseServerAddress(form.address);
  const input: NewProfileInput = { kind: form.kind, name, baseUrl };
  if (form.kind === 'emnify' && form.resendActivationUrl.trim()) {
    input.resendActivationUrl = parseWebAddress(form.resendActivationUrl, 'the resend-activation page').href;
  }
  if (form.kind === 'amadis') {
    const clientId = form.clientId.trim();
    if (Boolean(clientId) !== Boolean(form.clientSecret)) {
      throw new FormInputError('Give both the OAuth client id and its secret, or neither.');
    }
    if (clientId) Object.assign(input, { clientId, clientSecret: form.clientSecret });
  }
  return { input, permissionPattern: hostPermissionPattern(origin) };
}
