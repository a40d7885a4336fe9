import { Chalk, type ChalkInstance } from 'chalk';
import type { Force } from '../vocab/forces.js';

import type { ColorLevel } from './color.js';

export type { ColorLevel };

type Paint = (text: string) => string;

/** Colours as data: which style each force and each kind of output gets. */
const FORCE_STYLE: Record<Force, (c: ChalkInstance) => Paint> = {
  must: (c) => c.red.bold,
  'must-not': (c) => c.magenta.bold,
  should: (c) => c.yellow,
  necessary: (c) => c.cyan,
  will: (c) => c.green,
  strive: (c) => c.blue,
  encourage: (c) => c.green,
  may: (c) => c.gray,
  imperative: (c) => c.white,
};

export interface Theme {
  /** False when colour is off: renderers may then mark highlights with plain characters instead. */
  readonly color: boolean;
  readonly header: Paint;
  readonly id: Paint;
  readonly dim: Paint;
  readonly label: Paint;
  /** Matched characters of a search, and a directive inside its paragraph. */
  readonly match: Paint;
  readonly bar: Paint;
  /** Words a reworded directive gained and lost (`diff`). */
  readonly inserted: Paint;
  readonly deleted: Paint;
  force(force: Force, text: string): string;
}

const identity: Paint = (text) => text;

export function createTheme(level: ColorLevel): Theme {
  if (level === 0) {
    return { color: false, header: identity, id: identity, dim: identity, label: identity, match: identity, bar: identity, inserted: identity, deleted: identity, force: (_, text) => text };
  }
  const chalk = new Chalk({ level });
  return {
    color: true,
    header: chalk.bold.underline,
    id: chalk.blue,
    dim: chalk.dim,
    label: chalk.bold,
    match: chalk.bold.yellow.underline,
    bar: chalk.cyan,
    inserted: chalk.green.underline,
    deleted: chalk.red.strikethrough,
    force: (force, text) => FORCE_STYLE[force](chalk)(text),
  };
}

/** Colour off: for JSON, TSV, CSV and tests. */
export const PLAIN_THEME: Theme = createTheme(0);
