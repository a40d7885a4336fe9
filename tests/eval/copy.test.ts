import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVAL, HAS_SHARED, ROOT, SHARED } from '../helpers/paths.js';

/** Every file below a folder, as paths relative to it, sorted. */
function files(dir: string): string[] {
  const found: string[] = [];
  const walk = (at: string): void => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else found.push(relative(dir, path));
    }
  };
  walk(dir);
  return found.sort();
}

// The project owns its evaluation data; where ../shared sits beside it
// (the maintainers' machines), the copies must not drift from the originals.
const COPIES: Array<[string, string]> = [
  [`${SHARED}eval/dev`, `${EVAL}dev`],
  [`${SHARED}corpus`, `${EVAL}corpus`],
  [`${SHARED}parallel`, `${EVAL}parallel`],
  [`${SHARED}eval/README.md`, `${EVAL}README.md`],
  [`${SHARED}DIRECTIVES.md`, `${ROOT}docs/DIRECTIVES.md`],
];

describe('the project copy of the shared evaluation data', () => {
  it('is in the repository', () => {
    expect(files(`${EVAL}dev/docs`).length).toBeGreaterThanOrEqual(21);
    expect(files(`${EVAL}dev/gold`).length).toBe(files(`${EVAL}dev/docs`).length);
  });

  for (const [original, copy] of COPIES) {
    it.skipIf(!HAS_SHARED)(`${relative(ROOT, copy)} is identical to ../shared`, () => {
      if (statSync(original).isFile()) {
        expect(readFileSync(copy).equals(readFileSync(original))).toBe(true);
        return;
      }
      const names = files(original);
      expect(files(copy)).toEqual(names);
      const differing = names.filter((name) => !readFileSync(join(copy, name)).equals(readFileSync(join(original, name))));
      expect(differing).toEqual([]);
    });
  }
});
