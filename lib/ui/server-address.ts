import type { NewProfileInput, ServerKind } from '../protocol/protocol';
import { hostPermissionPattern } from '../host-pattern';
import { t } from '../i18n/t';
import { WITH_LOCAL_SANDBOX } from '../store-build';
import { FormInputError } from './form-errors';

/**
 * Hosts the extension may reach over plain http: this computer only (the local sandbox), and none
 * in a store build. Every other server is https, which is also all the manifest's optional host
 * permissions allow.
 */
const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(WITH_LOCAL_SANDBOX ? ['127.0.0.1', 'localhost', '[::1]'] : []);

export interface ServerAddress {
  /** Scheme, host and port: what the host permission is asked for, less the port (host-pattern.ts). */
  origin: string;
  /** Origin plus an optional path prefix, without a trailing slash (the profile's `baseUrl`). */
  baseUrl: string;
}

/** The fields that hold a web address, each with its own sentences (a field's name is no loose word). */
export type AddressField = 'server' | 'resend-page';

function notAnAddress(field: AddressField): string {
  return field === 'server' ? t('uiServerAddressNotUrl') : t('uiResendPageNotUrl');
}

/** Plain http is for the local sandbox only, and for none in a store build. */
function notHttps(field: AddressField): string {
  if (field === 'server') return WITH_LOCAL_SANDBOX ? t('uiServerAddressHttpsOrLocal') : t('uiServerAddressHttpsOnly');
  return WITH_LOCAL_SANDBOX ? t('uiResendPageHttpsOrLocal') : t('uiResendPageHttpsOnly');
}

function withCredentials(field: AddressField): string {
  return field === 'server' ? t('uiServerAddressCredentials') : t('uiResendPageCredentials');
}

/** Reads a web address typed by the user into `field`, which the sentence shown on failure names. */
export function parseWebAddress(address: string, field: AddressField): URL {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    throw new FormInputError(notAnAddress(field));
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname))) {
    throw new FormInputError(notHttps(field));
  }
  // A password in the address would be stored with the profile: it belongs nowhere near it.
  if (url.username || url.password) throw new FormInputError(withCredentials(field));
  return url;
}

/** A server's address: its origin, and an optional path prefix the API calls are made under. */
export function parseServerAddress(address: string): ServerAddress {
  const url = parseWebAddress(address, 'server');
  if (url.search || url.hash) throw new FormInputError(t('uiServerAddressQueryOrFragment'));
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
  if (!name) throw new FormInputError(t('uiServerNameMissing'));
  const { origin, baseUrl } = parseServerAddress(form.address);
  const input: NewProfileInput = { kind: form.kind, name, baseUrl };
  if (form.kind === 'emnify' && form.resendActivationUrl.trim()) {
    input.resendActivationUrl = parseWebAddress(form.resendActivationUrl, 'resend-page').href;
  }
  if (form.kind === 'amadis') {
    const clientId = form.clientId.trim();
    if (Boolean(clientId) !== Boolean(form.clientSecret)) {
      throw new FormInputError(t('uiOAuthClientHalf'));
    }
    if (clientId) Object.assign(input, { clientId, clientSecret: form.clientSecret });
  }
  return { input, permissionPattern: hostPermissionPattern(origin) };
}
