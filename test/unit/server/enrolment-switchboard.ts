// The HTTP boundary of the enrolment tests: requests go to the real sandbox unless a fault is
// set for them, in which case they get a scripted answer, a network failure or no answer at all.
// Every exchange is recorded, so a test can see which requests were made and what came back.
import type { FetchLike } from '../../../lib/api';

/** A scripted answer, a refused connection, or a server that never answers. */
export type Answer = Response | 'unreachable' | 'hang';

export type Exchange = {
  method: string;
  path: string;
  requestJson?: unknown;
  status?: number;
  responseText?: string;
  /** True when the answer was scripted, not the sandbox's. */
  faked: boolean;
};

export type Switchboard = {
  fetch: FetchLike;
  exchanges: Exchange[];
  /** The next `times` requests with this method and a matching path get `answer()`. */
  fault(method: string, path: RegExp, answer: () => Answer, times?: number): void;
  /** Id and Base32 seed of every key the sandbox created, from its answers. */
  createdKeys(): { id: number; secretKey: string }[];
};

type Fault = { method: string; path: RegExp; answer: () => Answer; left: number };

export function jsonAnswer(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

function hang(signal: AbortSignal | null | undefined): Promise<Response> {
  return new Promise((_resolve, reject) => {
    signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}

export function switchboard(): Switchboard {
  const exchanges: Exchange[] = [];
  const faults: Fault[] = [];

  const fetch: FetchLike = async (input, init) => {
    const method = init.method ?? 'GET';
    const path = new URL(input).pathname;
    const body = typeof init.body === 'string' ? init.body : undefined;
    const exchange: Exchange = { method, path, requestJson: body && JSON.parse(body), faked: false };
    exchanges.push(exchange);
    const fault = faults.find((candidate) => candidate.left > 0 && candidate.method === method && candidate.path.test(path));
    let response: Response;
    if (fault) {
      fault.left -= 1;
      exchange.faked = true;
      const answer = fault.answer();
      if (answer === 'unreachable') throw new TypeError('fetch failed');
      response = answer === 'hang' ? await hang(init.signal) : answer;
    } else {
      response = await globalThis.fetch(input, init);
    }
    exchange.status = response.status;
    exchange.responseText = await response.clone().text();
    return response;
  };

  return {
    fetch,
    exchanges,
    fault(method, path, answer, times = 1) {
      faults.push({ method, path, answer, left: times });
    },
    createdKeys() {
      return exchanges
        .filter((exchange) => exchange.method === 'POST' && exchange.path === '/api/v1/user/mfa' && exchange.status === 200)
        .map((exchange) => JSON.parse(exchange.responseText ?? '{}') as { id: number; secret_key: string })
        .map(({ id, secret_key }) => ({ id, secretKey: secret_key }));
    },
  };
}
