import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/**
 * The project's own evaluation data (development set, unannotated corpus,
 * parallel texts): copies of ../shared kept identical by tests/eval/copy.test.ts,
 * so a clone with nothing beside it runs every test.
 */
export const EVAL = `${ROOT}eval/`;
/** The read-only shared/ folder beside the repository, when there is one (maintainers' machines). */
export const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));
export const HAS_SHARED = existsSync(`${SHARED}eval/dev`);
