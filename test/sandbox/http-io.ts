/** Reading request bodies and writing replies; the two servers differ only in body format. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HttpError, emnifyError, malformed } from './errors';
import type { Reply, SandboxRequest } from './router';

/** Far above anything the contract sends; stops a runaway client from filling memory. */
const MAX_BODY_BYTES = 64 * 1024;

/**
 * Read before any route is known, so one shape for every route: EMnify's error body, which is what
 * the API the sandbox mostly stands for answers with.
 */
function bodyTooLarge(): HttpError {
  return new HttpError(413, emnifyError(1400, 'InputValidationFailed', 'The request body is too large.'));
}

export async function readRawBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw bodyTooLarge();
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** An EMnify JSON body that must be an object; anything else is the contract's 400 "malformed body". */
export function parseJsonObject(rawBody: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(rawBody);
  } catch {
    throw malformed('The request body is not valid JSON.');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw malformed('The request body must be a JSON object.');
  }
  return value as Record<string, unknown>;
}

/** A field that, when present, must be a string: a wrong type is a malformed body (400). */
export function optionalString(body: Record<string, unknown>, key: string): string | undefined {
  const value = body[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw malformed(`${key} must be a string.`);
  return value;
}

/** The media type of a Content-Type header, parameters (`; charset=…`) dropped, lower case. */
function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

export function isFormRequest(contentType: string | undefined): boolean {
  return mediaType(contentType) === 'application/x-www-form-urlencoded';
}

/**
 * True only for `application/json`. This is also what keeps web pages out: a
 * page can POST text/plain or a form to 127.0.0.1 without asking, but a JSON
 * Content-Type needs a CORS preflight, which the sandbox never grants.
 */
export function isJsonRequest(contentType: string | undefined): boolean {
  return mediaType(contentType) === 'application/json';
}

/** The body rule of the EMnify routes: 415 with a contract error body for anything but JSON. */
export function requireEmnifyJson(request: SandboxRequest): void {
  if (isJsonRequest(request.headers['content-type'])) return;
  throw new HttpError(415, emnifyError(1400, 'InputValidationFailed', 'Send the request body as application/json.'));
}

export function sendReply(response: ServerResponse, reply: Reply): void {
  if (reply.body === undefined) {
    response.writeHead(reply.status, { 'content-length': '0' });
    response.end();
    return;
  }
  const text = JSON.stringify(reply.body);
  response.writeHead(reply.status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
    // Tokens and secrets travel in these bodies: nothing in between may keep them.
    'cache-control': 'no-store',
  });
  response.end(text);
}
