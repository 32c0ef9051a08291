/**
 * The one place where a door's untrusted payload meets the service: validate against the
 * contract, call, and turn every failure into a typed ApiError (never a crash, never a stack).
 * Used by the IPC door, the web door and anything else that receives requests from outside.
 */
import { z } from 'zod';
import { contract, DossierError, type ApiError, type OpName } from '../../shared/contract';
import type { DossierApi } from '../../shared/contract';

export type DispatchResult = { ok: true; value: unknown } | { ok: false; error: ApiError };

export function isOpName(name: unknown): name is OpName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

export async function dispatch(
  api: DossierApi,
  op: unknown,
  payload: unknown,
  log: (line: string) => void = () => {},
): Promise<DispatchResult> {
  if (!isOpName(op)) return { ok: false, error: { code: 'invalid-request', message: `Unknown operation ${JSON.stringify(String(op)).slice(0, 80)}.` } };
  const parsed = contract[op].request.safeParse(payload ?? {});
  if (!parsed.success) {
    return { ok: false, error: { code: 'invalid-request', message: `${op}: ${z.prettifyError(parsed.error)}` } };
  }
  try {
    const handler = api[op] as (req: unknown) => Promise<unknown>;
    const value = await handler.call(api, parsed.data);
    return { ok: true, value };
  } catch (error) {
    if (error instanceof DossierError) return { ok: false, error: { code: error.code, message: error.message } };
    log(`${op} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return { ok: false, error: { code: 'internal', message: `${op} failed: ${error instanceof Error ? error.message : 'unexpected error'}` } };
  }
}
