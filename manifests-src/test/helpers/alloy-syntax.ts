import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * Alloy's configuration read by Alloy's own parser: manifests-src/tools/alloy-syntax, a small Go
 * program over github.com/grafana/alloy/syntax (built once by scripts/ensure-alloy-syntax.sh).
 * Alloy itself cannot run here; its parser and Go's regexp (RE2, what stage.drop compiles) can.
 * No relative imports: backend/src/http/request-logs.test.ts uses this file too.
 */
export interface AlloyExpr {
  readonly text: string;
  /** The parser's node type: LiteralExpr, ObjectExpr, ArrayExpr, AccessExpr, CallExpr, BinaryExpr… */
  readonly kind: string;
  /** A string literal's value. */
  readonly value?: string;
  readonly fields?: Readonly<Record<string, AlloyExpr>>;
  readonly elements?: readonly AlloyExpr[];
  /** Dotted names read, e.g. `loki.write.default.receiver`. */
  readonly references: readonly string[];
  /** Functions called, e.g. `sys.env`. */
  readonly calls: readonly string[];
}

export interface AlloyBlock {
  readonly name: string;
  readonly label?: string;
  readonly line: number;
  readonly attributes: Readonly<Record<string, AlloyExpr>>;
  readonly blocks: readonly AlloyBlock[];
}

export interface AlloySyntax {
  /** The blocks of a configuration; throws with the parser's message when it does not parse. */
  parse(config: string): AlloyBlock[];
  /** For each line, whether the RE2 expression matches it. */
  re2(expression: string, lines: readonly string[]): boolean[];
}

export function alloySyntax(repoRoot: string): AlloySyntax {
  const binary = execFileSync('bash', [join(repoRoot, 'scripts/ensure-alloy-syntax.sh')], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  }).trim();
  const run = (args: string[], input: string): unknown => {
    const result = spawnSync(binary, args, { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (result.status !== 0) throw new Error(`alloy-syntax ${args.join(' ')}: ${result.stderr.trim()}`);
    return JSON.parse(result.stdout);
  };
  return {
    parse: (config) => run([], config) as AlloyBlock[],
    re2: (expression, lines) => {
      if (lines.some((l) => l.includes('\n'))) throw new Error('re2: a line with a newline');
      return lines.length === 0 ? [] : (run(['-re2', expression], lines.join('\n')) as boolean[]);
    },
  };
}

/** A string literal's value; throws naming the expression otherwise. */
export function stringValue(expr: AlloyExpr | undefined): string {
  if (expr?.value === undefined) throw new Error(`not a string literal: ${expr?.text}`);
  return expr.value;
}

/** An object literal of string fields as a plain map. */
export function objectValue(expr: AlloyExpr | undefined): Record<string, string> {
  if (!expr?.fields) throw new Error(`not an object literal: ${expr?.text}`);
  return Object.fromEntries(Object.entries(expr.fields).map(([k, v]) => [k, stringValue(v)]));
}
