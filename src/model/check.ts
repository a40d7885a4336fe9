/** What `directives check` found in a corpus (issue 17): counts of usable rows and one line per problem. */
export interface CheckReport {
  /** The corpus folder or file checked. */
  path: string;
  /** Rows that can be read and pass every check. */
  documents: number;
  directives: number;
  /** One line each, the first few hundred; `problemCount` counts them all. */
  problems: string[];
  problemCount: number;
  /** The database file itself is damaged (not only its indexes): a repair copies what can be read into a new file. */
  damaged: boolean;
  /** Documents read but unusable, and directives that cannot be saved. */
  lostDocuments: number;
  lostDirectives: number;
  /** Some rows could not be read at all, so how many were lost there is unknown. */
  unreadableRows: boolean;
}

/** What `directives check --repair` did. */
export interface RepairReport {
  /** The corpus before the repair. */
  before: CheckReport;
  /** The repaired corpus, checked again; null when there was nothing to repair. */
  after: CheckReport | null;
  /** Where the file as it was is kept (null when nothing was replaced). */
  backup: string | null;
}
