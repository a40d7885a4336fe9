import { existsSync, readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { join } from 'node:path';
import { DataError } from '../errors.js';
import { COLOR_MODES, type ColorMode } from '../vocab/fields.js';
import type { Io } from './io.js';

/**
 * The optional config file (issue 14, item 17): defaults a person sets once.
 * Anything given on the command line or in the environment wins over it.
 */
export interface Config {
  corpus?: string;
  color?: ColorMode;
  pager?: string;
  /** Default `--fields` of list and search (the directive fields). */
  fields?: string;
}

export const CONFIG_KEYS = ['corpus', 'color', 'pager', 'fields'] as const;

/** $XDG_CONFIG_HOME/directives/config.json, else ~/.config/…; null when there is no home to look in. */
export function configPath(env: Io['env']): string | null {
  const base = env.XDG_CONFIG_HOME || (env.HOME ? join(env.HOME, '.config') : '');
  return base === '' ? null : join(base, 'directives', 'config.json');
}

/** The config file, checked: unknown keys and wrong types are an error naming the file (exit 2). */
export function loadConfig(env: Io['env']): { path: string | null; found: boolean; config: Config } {
  const path = configPath(env);
  if (path === null || !existsSync(path)) return { path, found: false, config: {} };
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new DataError(`${path}: not a JSON config file: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new DataError(`${path}: expected a JSON object with ${CONFIG_KEYS.join(', ')}`);
  const config: Config = {};
  for (const [key, value] of Object.entries(raw)) {
    if (!(CONFIG_KEYS as readonly string[]).includes(key)) throw new DataError(`${path}: unknown setting "${key}" (settings: ${CONFIG_KEYS.join(', ')})`);
    if (typeof value !== 'string') throw new DataError(`${path}: "${key}" must be a string`);
    if (key === 'color' && !(COLOR_MODES as readonly string[]).includes(value)) throw new DataError(`${path}: "color" must be one of ${COLOR_MODES.join(', ')}`);
    config[key as keyof Config] = value as ColorMode;
  }
  return { path, found: true, config };
}

/** Where --color's value came from: 'cli' when given, 'default' otherwise (the config file's colour applies only then). */
export function colorSource(command: Command): string | undefined {
  let root = command;
  while (root.parent) root = root.parent;
  return root.getOptionValueSource('color');
}
