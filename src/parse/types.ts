import type { Action, Language, Participant } from '../model/types.js';
import type { Force } from '../vocab/forces.js';
import type { Signal } from '../vocab/signals.js';

/** A directive as a language parser finds it, before ids and document links. */
export interface DraftDirective {
  start: number;
  end: number;
  force: Force;
  cue: string | null;
  reporting: string | null;
  issuer: string | null;
  addressee: string | null;
  actions: Action[];
  purpose: string | null;
  themes: string[];
  paragraph: number;
  sentence: number;
  /** The evidence that made it a directive (issue 10); the English parser sets these. */
  signals?: Signal[];
  /** 0–1, from the signals (parse/confidence.ts). */
  confidence?: number;
}

/** Document metadata a language parser can read off the text itself. */
export interface DraftMetadata {
  title: string | null;
  date: string | null;
  place: string | null;
  issuer: string | null;
  event: string | null;
  participants: Participant[];
}

export interface LanguageParser {
  language: Language;
  directives(text: string): DraftDirective[];
  metadata(text: string): DraftMetadata;
}
