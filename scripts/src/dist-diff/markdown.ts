import type { FileChange } from './compare';

/** GitHub rejects comments over 65,536 characters; leave room for the summary around the diff. */
export const DEFAULT_MAX_DIFF_CHARS = 60_000;

const KIND_MARK = { added: 'added', removed: 'removed', modified: 'modified' } as const;

export function renderMarkdown(
  changes: readonly FileChange[],
  maxDiffChars = DEFAULT_MAX_DIFF_CHARS,
): string {
  if (changes.length === 0)
    return '### Rendered `dist/` diff\n\nNo change: the cluster receives exactly what it has now.\n';
  const counts = (kind: FileChange['kind']) => changes.filter((c) => c.kind === kind).length;
  const summary = `${changes.length} ${changes.length === 1 ? 'file' : 'files'}: ${counts('added')} added, ${counts('modified')} modified, ${counts('removed')} removed`;
  const list = changes.map((c) => `| \`${c.file}\` | ${KIND_MARK[c.kind]} |`).join('\n');
  const { text, omitted } = truncate(changes, maxDiffChars);
  const note =
    omitted > 0
      ? `\n_${omitted} more files are not shown here (comment size limit): see the job summary or run \`npm run synth\` locally._\n`
      : '';
  return [
    '### Rendered `dist/` diff',
    '',
    summary,
    '',
    '<details><summary>Files</summary>',
    '',
    '| file | change |',
    '|---|---|',
    list,
    '',
    '</details>',
    '',
    '```diff',
    text,
    '```',
    note,
  ].join('\n');
}

function truncate(changes: readonly FileChange[], maxChars: number): { text: string; omitted: number } {
  const shown: string[] = [];
  let used = 0;
  for (const change of changes) {
    if (used + change.diff.length > maxChars && shown.length > 0) break;
    const diff =
      change.diff.length > maxChars ? `${change.diff.slice(0, maxChars)}\n… (file diff cut)` : change.diff;
    shown.push(diff);
    used += diff.length;
  }
  return { text: shown.join('\n'), omitted: changes.length - shown.length };
}
