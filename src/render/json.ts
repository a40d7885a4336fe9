/** JSON renderers: kept apart from the table code so `--json` start-up loads no layout or colour modules. */
export function renderJson(records: readonly unknown[]): string {
  return JSON.stringify(records, null, 2);
}

export function renderNdjson(records: readonly unknown[]): string {
  return records.map((record) => JSON.stringify(record)).join('\n');
}
