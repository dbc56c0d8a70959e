// A fetch that goes to the real sandbox and remembers what went over the wire, for the few
// things a client does not show: status codes, how many token requests it made, raw bodies.
import type { FetchLike } from '../../../../lib/api';

export type RecordedExchange = {
  method: string;
  path: string;
  status: number;
  requestBody: string;
  responseText: string;
};

export function recordingFetch(): { fetch: FetchLike; exchanges: RecordedExchange[] } {
  const exchanges: RecordedExchange[] = [];
  const fetchAndRecord: FetchLike = async (input, init) => {
    const response = await globalThis.fetch(input, init);
    // A clone, so that the client still reads the untouched original body.
    const responseText = await response.clone().text();
    exchanges.push({
      method: init.method ?? 'GET',
      path: new URL(input).pathname,
      status: response.status,
      requestBody: typeof init.body === 'string' ? init.body : '',
      responseText,
    });
    return response;
  };
  return { fetch: fetchAndRecord, exchanges };
}
