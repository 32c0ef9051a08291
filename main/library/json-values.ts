/** Small helpers for reading the user's JSON data files, which may hold anything a hand edit put there. */

/** A plain JSON object (not an array, not null). */
export const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** A value as a problem message quotes it: JSON, at most 60 characters. */
export const shown = (v: unknown): string => JSON.stringify(v)?.slice(0, 60) ?? String(v);
