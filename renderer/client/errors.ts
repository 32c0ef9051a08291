import { ApiErrorSchema, DossierError } from '../../shared/contract';

/** Turn whatever a door answered with into a DossierError with a readable message. */
export function toDossierError(body: unknown, fallback: string): DossierError {
  const parsed = ApiErrorSchema.safeParse(body);
  if (parsed.success) return new DossierError(parsed.data.code, parsed.data.message);
  if (body && typeof body === 'object' && 'message' in body && typeof (body as { message: unknown }).message === 'string') {
    return new DossierError('internal', (body as { message: string }).message);
  }
  return new DossierError('internal', fallback);
}

/** A message fit for the UI from any thrown value. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
