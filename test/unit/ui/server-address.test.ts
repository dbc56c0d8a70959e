import { describe, expect, it } from 'vitest';
import { FormInputError } from '../../../lib/ui/form-errors';
import { EMPTY_SERVER_FORM, parseServerAddress, toNewServer } from '../../../lib/ui/server-address';

describe('server address', () => {
  it.each([
    ['https://cdn.emnify.net', 'https://cdn.emnify.net', 'https://cdn.emnify.net'],
    ['  https://api.example.org/ ', 'https://api.example.org', 'https://api.example.org'],
    ['https://example.org:8443/amadis/v2//', 'https://example.org:8443', 'https://example.org:8443/amadis/v2'],
    ['http://127.0.0.1:8787', 'http://127.0.0.1:8787', 'http://127.0.0.1:8787'],
    ['http://localhost:3000/api', 'http://localhost:3000', 'http://localhost:3000/api'],
    ['http://[::1]:9000', 'http://[::1]:9000', 'http://[::1]:9000'],
    ['HTTPS://Example.ORG', 'https://example.org', 'https://example.org'],
  ])('reads %s as origin %s and base %s', (address, origin, baseUrl) => {
    expect(parseServerAddress(address)).toEqual({ origin, baseUrl });
  });

  it.each([
    ['cdn.emnify.net', /in full, starting with https:\/\//],
    ['', /in full/],
    ['http://api.example.org', /^The server address must start with https:\/\/: only servers on this computer/],
    ['ftp://example.org', /must start with https:\/\//],
    ['https://alice:secret@example.org', /user name and password/],
    ['https://example.org/?debug=1', /“\?” or “#”/],
    ['https://example.org/#top', /“\?” or “#”/],
  ])('refuses %j with a sentence for the user', (address, sentence) => {
    const attempt = () => parseServerAddress(address);
    expect(attempt).toThrow(FormInputError);
    expect(attempt).toThrow(sentence);
  });

  it('keeps the password of a refused address out of the message', () => {
    let message = '';
    try {
      parseServerAddress('https://alice:hunter2@example.org');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/user name and password/);
    expect(message).not.toContain('hunter2');
  });
});

describe('new server from the form', () => {
  it('sends an EMnify profile with its resend page and asks for its host', () => {
    const server = toNewServer({
      ...EMPTY_SERVER_FORM,
      name: ' Staging ',
      address: 'https://staging.example.org/',
      resendActivationUrl: 'https://portal.example.org/resend?lang=en',
      clientId: 'ignored for EMnify',
    });
    expect(server).toEqual({
      input: {
        kind: 'emnify',
        name: 'Staging',
        baseUrl: 'https://staging.example.org',
        resendActivationUrl: 'https://portal.example.org/resend?lang=en',
      },
      permissionPattern: 'https://staging.example.org/*',
    });
  });

  it('asks for the host of an address with a port without the port (a match pattern has none)', () => {
    const sandbox = toNewServer({ ...EMPTY_SERVER_FORM, name: 'Sandbox', address: 'http://127.0.0.1:8787' });
    expect(sandbox.permissionPattern).toBe('http://127.0.0.1/*');
    const staging = toNewServer({ ...EMPTY_SERVER_FORM, name: 'Staging', address: 'https://staging.example.org:8443/api' });
    expect(staging).toMatchObject({ input: { baseUrl: 'https://staging.example.org:8443/api' }, permissionPattern: 'https://staging.example.org/*' });
  });

  it('leaves blank optional fields out', () => {
    const { input } = toNewServer({ ...EMPTY_SERVER_FORM, kind: 'amadis', name: 'Ama', address: 'https://ama.example.org/x' });
    expect(input).toEqual({ kind: 'amadis', name: 'Ama', baseUrl: 'https://ama.example.org/x' });
  });

  it('sends an Amadis OAuth client only as a pair', () => {
    const form = { ...EMPTY_SERVER_FORM, kind: 'amadis' as const, name: 'Ama', address: 'https://ama.example.org' };
    expect(toNewServer({ ...form, clientId: ' app ', clientSecret: ' s3cret ' }).input).toMatchObject({
      clientId: 'app',
      clientSecret: ' s3cret ',
    });
    expect(() => toNewServer({ ...form, clientId: 'app' })).toThrow(/both the OAuth client id and its secret/);
    expect(() => toNewServer({ ...form, clientSecret: 'alone' })).toThrow(/both the OAuth client id and its secret/);
  });

  it('needs a name and a usable resend page', () => {
    expect(() => toNewServer({ ...EMPTY_SERVER_FORM, name: '  ', address: 'https://a.example.org' })).toThrow(
      'Give the server a name.',
    );
    expect(() =>
      toNewServer({ ...EMPTY_SERVER_FORM, name: 'A', address: 'https://a.example.org', resendActivationUrl: 'portal' }),
    ).toThrow(/the resend-activation page in full/);
  });
});
