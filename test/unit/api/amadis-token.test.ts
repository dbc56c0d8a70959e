// The Amadis bearer from client credentials: a forget() must win over a token request under way.
import { describe, expect, it } from 'vitest';
import { createAmadisTokenSource } from '../../../lib/api/amadis-token';
import { createHttpClient } from '../../../lib/api/http';
import { fakeFetch, jsonResponse } from './fake-fetch';

const CREDENTIALS = { clientId: 'cid', clientSecret: 'csecret' };

describe('amadis token source', () => {
  it('a token fetched while forget() was called is handed to its caller but not cached', async () => {
    let issued = 0;
    let sent: () => void = () => {};
    const firstSent = new Promise<void>((resolve) => (sent = resolve));
    let answer: () => void = () => {};
    const firstAnswer = new Promise<void>((resolve) => (answer = resolve));
    const fake = fakeFetch(async () => {
      issued += 1;
      const token = `T${issued}`;
      if (issued === 1) {
        sent();
        await firstAnswer;
      }
      return jsonResponse(200, { token_type: 'Bearer', expires_in: 3600, access_token: token });
    });
    const http = createHttpClient({ baseUrl: 'https://amadis.test', fetch: fake.fetch });
    const source = createAmadisTokenSource(http, { clientCredentials: CREDENTIALS });

    const first = source.get();
    await firstSent;
    source.forget();
    // Asked after the forget(): does not join the request from before it.
    await expect(source.get()).resolves.toBe('T2');
    answer();
    await expect(first).resolves.toBe('T1');
    // T1 came back last, yet T2 is the cached one.
    await expect(source.get()).resolves.toBe('T2');
    expect(issued).toBe(2);
  });

  it('without a forget() the fetched token is cached', async () => {
    const fake = fakeFetch(() => jsonResponse(200, { expires_in: 3600, access_token: 'T' }));
    const http = createHttpClient({ baseUrl: 'https://amadis.test', fetch: fake.fetch });
    const source = createAmadisTokenSource(http, { clientCredentials: CREDENTIALS });
    await Promise.all([source.get(), source.get()]);
    await source.get();
    expect(fake.calls).toHaveLength(1);
  });
});
