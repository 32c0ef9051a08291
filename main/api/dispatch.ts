/**
 * The one place where a door turns an untrusted (op name, payload) pair into a service call:
 * look the op up in the contract, validate the payload with its zod schema (applying defaults),
 * call the service and turn any failure into the contract's ApiError shape. Used by the web
 * door and by the Electron IPC door, so both refuse exactly the same input the same way.
 */
import { z } from 'zod';
import { contract, DossierError, type ApiError, type OpName } from '../../shared/contract';
import type { DoorService } from './service-types';

export type DoorResult = { ok: true; value: unknown } | { ok: false; error: ApiError };

export function isOpName(name: unknown): name is OpName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

/** Validates `payload` against the request schema of `op`: the parsed request, or an invalid-request error. */
export function validateRequest(op: OpName, payload: unknown): { ok: true; request: unknown } | { ok: false; error: ApiError } {
  const parsed = contract[op].request.safeParse(payload);
  if (parsed.success) return { ok: true, request: parsed.data };
  return { ok: false, error: { code: 'invalid-request', message: `${op}: ${z.prettifyError(parsed.error)}` } };
}

/** Converts anything thrown by a service into an ApiError. Unknown errors say nothing about internals. */
export function toApiError(error: unknown, log?: (line: string) => void): ApiError {
  if (error instanceof DossierError) return { code: error.code, message: error.message };
  log?.(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  return { code: 'internal', message: 'Dossier hit an internal error; see its log for details.' };
}

/**
 * Validates and runs one operation. Never throws. `refuse` lists ops this door does not serve
 * (the web door refuses `openLibrary`).
 */
export async function dispatch(
  service: DoorService,
  op: unknown,
  payload: unknown,
  options: { refuse?: readonly OpName[]; log?: (line: string) => void } = {},
): Promise<DoorResult> {
  if (!isOpName(op)) return { ok: false, error: { code: 'not-found', message: `unknown operation ${JSON.stringify(String(op)).slice(0, 100)}` } };
  if (options.refuse?.includes(op)) return { ok: false, error: { code: 'forbidden', message: `${op} is not available through this door` } };
  const checked = validateRequest(op, payload);
  if (!checked.ok) return checked;
  try {
    const call = service[op] as (request: unknown) => Promise<unknown>;
    const value = await call.call(service, checked.request);
    return { ok: true, value };
  } catch (error) {
    return { ok: false, error: toApiError(error, options.log) };
  }
}

/** HTTP status for each ApiError code. */
export const httpStatusOf: Record<ApiError['code'], number> = {
  'invalid-request': 400,
  'not-found': 404,
  'no-library': 409,
  forbidden: 403,
  conflict: 409,
  internal: 500,
};
