import { z } from 'zod';

/** Every way a call can fail, as the renderer needs to tell them apart. */
export const errorCodes = [
  'invalid-input',
  'not-found',
  'conflict',
  'library-locked',
  'invalid-article',
  'io-error',
  'theme-error',
  'deploy-error',
  /** the user stopped it */
  'cancelled',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** What crosses the wire: `key` is an i18n key, `message` the English text for logs and the CLI. */
export interface ApiErrorData {
  code: ErrorCode;
  key: string;
  params?: Record<string, string | number>;
  message: string;
}

export const apiErrorDataSchema: z.ZodType<ApiErrorData> = z.object({
  code: z.enum(errorCodes),
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  message: z.string(),
});

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly key: string,
    message: string,
    readonly params?: Record<string, string | number>,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  toData(): ApiErrorData {
    return { code: this.code, key: this.key, params: this.params, message: this.message };
  }

  static fromData(data: ApiErrorData): ApiError {
    return new ApiError(data.code, data.key, data.message, data.params);
  }
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiErrorData };

/** File system refusals a user can fix (free space, permissions, a read-only disk). */
const diskCodes = ['ENOSPC', 'EDQUOT', 'EACCES', 'EPERM', 'EROFS'];

/**
 * Any failure as error data, the one conversion for calls, jobs and the publisher: an ApiError
 * as it is; a disk that is full, read-only or not ours as io-error, which says what to do;
 * anything else as internal, with its message.
 */
export function toErrorData(error: unknown): ApiErrorData {
  if (error instanceof ApiError) return error.toData();
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && diskCodes.includes(code)) return new ApiError('io-error', 'error.diskWrite', message, { detail: code }).toData();
  return new ApiError('internal', 'error.internal', message, { detail: message }).toData();
}
