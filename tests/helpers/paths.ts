import { fileURLToPath } from 'node:url';

/** The repository root and the read-only shared/ folder that sits beside it. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));
