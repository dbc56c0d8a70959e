// How error answers become ApiError: the contract's nested body, Amadis' forms, odd bodies.
import { describe, expect, it } from 'vitest';
import * as z from '../../../lib/zod';
import { ApiError, genericStatusMessage } from '../../../lib/api/errors';
import { createHttpClient } from '../../../lib/api/http';
import { emptyResponse, fakeFetch, jsonResponse } from './fake-fetch';

const okSchema = z.object({ ok: z.boolean() });

describe('ApiError', () => {
  async function errorFor(status: number, body?: unknown) {
    const response = body === undefined ? emptyResponse(status) : jsonResponse(status, body);
    const http = createHttpClient({ baseUrl: 'https://h.example', fetch: fakeFetch(() => response).fetch });
    return http.request({ method: 'POST', path: '/e?token=abc', schema: okSchema }).catch((e) => e);
  }

  it('reads the contract error body, error_code as a number even when quoted', async () => {
    const error = await errorFor(422, {
      error_code: '1400',
      error_token: 'InputValidationFailed',
      message: 'Input validation failed',
      errors: [{ error_code: 1402, error_token: 'Required', message: 'User - organisation is required.' }],
    });
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      name: 'ApiError',
      status: 422,
      errorCode: 1400,
      errorToken: 'InputValidationFailed',
      serverMessage: 'Input validation failed',
      message: 'Input validation failed',
      method: 'POST',
      path: '/e',
      errors: [{ errorCode: 1402, errorToken: 'Required', message: 'User - organisation is required.' }],
    });
  });

  it('reads the Amadis forms: data.error and message', async () => {
    expect((await errorFor(400, { status: 'error', data: { error: 'Old password wrong' } })).message).toBe(
      'Old password wrong',
    );
    expect((await errorFor(422, { status: 'error', message: 'Nope' })).serverMessage).toBe('Nope');
  });

  it('drops fields of the wrong type instead of failing', async () => {
    const error = await errorFor(409, { error_code: { x: 1 }, message: 42, errors: [null, 'x', { error_code: 'a' }] });
    expect(error).toMatchObject({ status: 409, errorCode: undefined, serverMessage: undefined });
    expect(error.errors).toEqual([{}]);
    expect(error.message).toBe(genericStatusMessage(409));
  });

  it('treats a JSON body that is not an object as no details', async () => {
    const error = await errorFor(403, ['odd']);
    expect(error).toMatchObject({ status: 403, errors: [] });
  });

  it('shortens a runaway server message', async () => {
    const error = await errorFor(500, { message: 'x'.repeat(5000) });
    expect(error.message.length).toBeLessThanOrEqual(301);
  });

  it.each([
    [401, 'The server refused the credentials.'],
    [429, 'Too many requests: wait a moment and try again.'],
    [500, 'The server had a problem. Try again later.'],
    [503, 'The server had a problem. Try again later.'],
  ])('an empty %i says %j', async (status, message) => {
    const error = await errorFor(status);
    expect(error).toMatchObject({ status, message, errors: [] });
  });

  it('has a sentence for every other status', () => {
    for (const status of [400, 403, 404, 409, 422, 418]) {
      expect(genericStatusMessage(status)).toMatch(/^The server .+\.$/u);
    }
  });
});
