import type { Command } from 'commander';
import { registerParse } from './parse.js';

/** Each command's action resolves to its exit code and reports it here. */
export type SetExit = (code: number) => void;

export function registerCommands(program: Command, setExit: SetExit): void {
  registerParse(program, setExit);
}
