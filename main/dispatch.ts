import { api, isCallName, type Handlers } from '../shared/api';
import { ApiError, toErrorData, type Result } from '../shared/errors';

/**
 * Where every call arrives, whatever the transport: checks the name, parses the input
 * with the contract's schema, runs the handler and turns any failure into typed data.
 */
export async function dispatch(handlers: Handlers, name: string, input: unknown): Promise<Result<unknown>> {
  try {
    if (!isCallName(name)) throw new ApiError('invalid-input', 'error.unknownCall', `Unknown call ${name}`, { name });
    const parsed = api[name].input.safeParse(input ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.join('.') || '(input)';
      throw new ApiError('invalid-input', 'error.invalidInput', `Invalid input for ${name} at ${where}: ${issue?.message}`, {
        name,
        where,
      });
    }
    const handler = handlers[name] as (input: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    const data = toErrorData(error);
    if (data.code === 'internal') console.error(`[newsdesk] ${name} failed:`, error);
    return { ok: false, error: data };
  }
}
