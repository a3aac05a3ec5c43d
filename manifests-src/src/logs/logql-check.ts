import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parser } from '@grafana/lezer-logql';

/*
 * No relative imports: backend/src/http/request-logs.test.ts imports this file from another workspace.
 */

/** Grafana's variables in DashboardSpec's LogQL queries (logs/logql.ts), with the values the tests substitute. */
export const GRAFANA_VARIABLES = {
  namespace: 'dhakacart',
  request_id: '4f1c2a9e-0000-4000-8000-000000000000',
  __auto: '1m',
  __range: '6h',
} as const;

/** What one LogQL query reads, from Grafana's LogQL grammar (@grafana/lezer-logql). */
export interface LogQLAnalysis {
  /** Syntax errors as `offset: text`; empty when the query parses. */
  readonly errors: readonly string[];
  /** Labels of the stream selector(s): they must be labels Alloy sets. */
  readonly streamLabels: readonly string[];
  /** Labels read after the selector (filters, unwrap, grouping, templates): stream labels or parsed fields. */
  readonly fields: readonly string[];
  /** The query has a `| json` stage. */
  readonly parsesJson: boolean;
  /** `field = "value"` filters after the selector, with the value as written. */
  readonly fieldEquals: readonly { readonly field: string; readonly value: string }[];
}

/** Replaces Grafana's `$name` / `${name}` with test values; throws naming a variable it does not know. */
export function interpolate(expr: string, values: Record<string, string> = GRAFANA_VARIABLES): string {
  return expr.replace(/\$\{(\w+)\}|\$(\w+)/g, (_match, braced?: string, bare?: string) => {
    const name = braced ?? bare ?? '';
    const value = values[name];
    if (value === undefined) throw new Error(`unknown Grafana variable $${name} in: ${expr}`);
    return value;
  });
}

const FIELD_PARENTS = new Set([
  'LabelFilter',
  'UnwrapExpr',
  'Grouping',
  'LabelFormatMatcher',
  'DropLabel',
  'KeepLabel',
]);

export function analyseLogQL(expr: string): LogQLAnalysis {
  const tree = parser.parse(expr);
  const errors: string[] = [];
  const streamLabels = new Set<string>();
  const fields = new Set<string>();
  let parsesJson = false;
  const fieldEquals: { field: string; value: string }[] = [];
  const ancestors: string[] = [];
  tree.iterate({
    enter(node) {
      const text = expr.slice(node.from, node.to);
      if (node.type.isError)
        errors.push(`${node.from}: ${JSON.stringify(expr.slice(node.from, node.from + 20))}`);
      if (node.name === 'Json') parsesJson = true;
      if (node.name === 'Matcher' && ancestors.at(-1) === 'LabelFilter') {
        const m = /^(\w+)\s*=\s*"((?:[^"\\]|\\.)*)"$/.exec(text);
        if (m) fieldEquals.push({ field: m[1] ?? '', value: JSON.parse(`"${m[2] ?? ''}"`) as string });
      }
      if (node.name === 'Identifier') {
        if (ancestors.includes('Selector')) streamLabels.add(text);
        else if (ancestors.some((a) => FIELD_PARENTS.has(a))) fields.add(text);
      }
      if (node.name === 'String' && ancestors.includes('LineFormatExpr')) {
        for (const m of text.matchAll(/\{\{-?\s*\.(\w+)/g)) fields.add(m[1] ?? '');
      }
      ancestors.push(node.name);
    },
    leave() {
      ancestors.pop();
    },
  });
  return { errors, streamLabels: [...streamLabels], fields: [...fields], parsesJson, fieldEquals };
}

/** ```logql blocks of the runbooks, each with the file it is in. */
export function runbookQueries(runbooksDir: string): { file: string; expr: string }[] {
  return readdirSync(runbooksDir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .flatMap((file) =>
      [
        ...readFileSync(join(runbooksDir, file), 'utf8').matchAll(/^[ \t]*```logql\n([\s\S]*?)^[ \t]*```$/gm),
      ].map((m) => ({
        file,
        expr: (m[1] ?? '').trim(),
      })),
    );
}
