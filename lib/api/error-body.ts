// Reads the body of an HTTP error answer. Every field is optional and a field of the wrong type
// is dropped rather than failing: an error answer must always become an ApiError, whatever the
// server put in it. EMnify sends `{error_code, error_token, message, errors: [...]}` (error_code
// sometimes as a string); Amadis sends `{status: "error", message}` or `{data: {error}}`.
// @see docs/api-contract.md §1.1 and §2
import * as z from '../zod';

export type ServerErrorDetail = { errorCode?: number; errorToken?: string; message?: string };

export type ServerErrorFields = {
  errorCode?: number;
  errorToken?: string;
  serverMessage?: string;
  errors: ServerErrorDetail[];
};

// A server sentence is shown to the user; a runaway one (a whole stack trace) is cut short.
const MAX_MESSAGE_LENGTH = 300;

/** A number, or a string of digits (some servers quote `error_code`). */
export const numberLike = z.lazy(() => z.pipe(
  z.union([z.number(), z.string().check(z.regex(/^\s*-?\d+(\.\d+)?\s*$/u))]),
  z.transform((value) => Number(value)),
));

function lenient<T extends z.ZodMiniType>(schema: T) {
  return z.catch(z.optional(schema), undefined);
}

const text = z.lazy(() => z.pipe(
  z.string(),
  z.transform((value) => {
    const trimmed = value.trim();
    if (trimmed === '') return undefined;
    return trimmed.length > MAX_MESSAGE_LENGTH ? `${trimmed.slice(0, MAX_MESSAGE_LENGTH)}…` : trimmed;
  }),
));

const detailSchema = z.lazy(() => z.object({
  error_code: lenient(numberLike),
  error_token: lenient(text),
  message: lenient(text),
}));

const errorBodySchema = z.lazy(() => z.object({
  error_code: lenient(numberLike),
  error_token: lenient(text),
  message: lenient(text),
  // Amadis puts its sentence here (newer servers, wrong old password).
  data: lenient(z.object({ error: lenient(text) })),
  errors: lenient(z.array(z.catch(z.nullable(detailSchema), null))),
}));

/** Turns whatever an error answer carried (parsed JSON, or undefined when empty) into fields. */
export function readErrorBody(body: unknown): ServerErrorFields {
  const parsed = errorBodySchema.safeParse(body);
  if (!parsed.success) return { errors: [] };
  const { error_code, error_token, message, data, errors } = parsed.data;
  return {
    errorCode: error_code,
    errorToken: error_token,
    serverMessage: message ?? data?.error,
    errors: (errors ?? []).flatMap((item) =>
      item ? [{ errorCode: item.error_code, errorToken: item.error_token, message: item.message }] : [],
    ),
  };
}
