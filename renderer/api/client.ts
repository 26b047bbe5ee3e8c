import { callNames, type CallName, type Client } from '../../shared/api';
import { ApiError } from '../../shared/errors';
import { invoke } from './transport';

/** The renderer's only way to main: one typed function per call of the contract. */
export const client = Object.fromEntries(
  callNames.map((name: CallName) => [
    name,
    async (input: unknown) => {
      const result = await invoke(name, input);
      if (!result.ok) throw ApiError.fromData(result.error);
      return result.value;
    },
  ]),
) as Client;
