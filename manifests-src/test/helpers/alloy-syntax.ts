/**
 * A reader for the subset of Alloy's configuration syntax DhakaCart writes (grafana/alloy
 * docs/sources/get-started/configuration-syntax at v1.10.0): blocks `name "label" { … }`,
 * attributes `name = expression`, `//` comments. Alloy cannot run here, so this is what checks
 * the shipped pipeline's shape; it throws, with the line, on anything it does not understand.
 * Expressions are kept as text, with helpers for the literals and references in them.
 */
export interface AlloyBlock {
  readonly name: string;
  readonly label?: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly blocks: readonly AlloyBlock[];
  readonly line: number;
}

const IDENT = /[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*/y;
const STRING = /"(?:[^"\\\n]|\\.)*"/y;

export function parseAlloy(text: string): AlloyBlock[] {
  let pos = 0;
  const lineAt = (at: number) => text.slice(0, at).split('\n').length;
  const fail = (what: string): never => {
    throw new Error(
      `alloy config line ${lineAt(pos)}: ${what} at ${JSON.stringify(text.slice(pos, pos + 30))}`,
    );
  };
  const skip = () => {
    for (;;) {
      const ws = /(?:[ \t\r\n]+|\/\/[^\n]*)/y;
      ws.lastIndex = pos;
      if (!ws.exec(text)) return;
      pos = ws.lastIndex;
    }
  };
  const match = (re: RegExp): string | undefined => {
    re.lastIndex = pos;
    const m = re.exec(text);
    if (!m) return undefined;
    pos = re.lastIndex;
    return m[0];
  };
  // An expression runs to the end of its line, or further while brackets are open.
  const expression = (): string => {
    const start = pos;
    const open: string[] = [];
    while (pos < text.length) {
      const c = text[pos]!;
      if (c === '"') {
        if (!match(STRING)) fail('an unterminated string');
        continue;
      }
      if (c === '\n' && open.length === 0) break;
      if ('{[('.includes(c)) open.push(c);
      if ('}])'.includes(c)) {
        if (open.length === 0) break;
        const want = { '}': '{', ']': '[', ')': '(' }[c];
        if (open.pop() !== want) fail(`a mismatched ${c}`);
      }
      pos++;
    }
    if (open.length > 0) fail(`an unclosed ${open.at(-1)}`);
    const expr = text.slice(start, pos).trim();
    if (!expr) fail('an empty expression');
    return expr;
  };
  const body = (closing: boolean): AlloyBlock[] & { attributes?: Record<string, string> } => {
    const blocks: AlloyBlock[] = [];
    const attributes: Record<string, string> = {};
    for (;;) {
      skip();
      if (pos >= text.length) {
        if (closing) fail('a missing }');
        break;
      }
      if (text[pos] === '}') {
        if (!closing) fail('an unexpected }');
        pos++;
        break;
      }
      const line = lineAt(pos);
      const name = match(IDENT) ?? fail('a name');
      skip();
      if (text[pos] === '=') {
        pos++;
        skip();
        if (name in attributes) fail(`a second ${name}`);
        attributes[name] = expression();
        continue;
      }
      const label = match(STRING);
      skip();
      if (text[pos] !== '{') fail(`"{" or "=" after ${name}`);
      pos++;
      const inner = body(true);
      blocks.push({
        name,
        ...(label ? { label: JSON.parse(label) as string } : {}),
        attributes: inner.attributes ?? {},
        blocks: [...inner],
        line,
      });
    }
    return Object.assign(blocks, { attributes });
  };
  const top = body(false);
  if (Object.keys(top.attributes ?? {}).length > 0)
    throw new Error('alloy config: attributes outside a block');
  return [...top];
}

/** The value of an expression that is one string literal. */
export function stringValue(expr: string | undefined): string {
  if (expr === undefined || !/^"(?:[^"\\]|\\.)*"$/.test(expr))
    throw new Error(`not a string literal: ${expr}`);
  return JSON.parse(expr) as string;
}

/** The value of an object literal of string fields, `{ a = "x", b = "" }`. */
export function objectValue(expr: string | undefined): Record<string, string> {
  const inner = /^\{([\s\S]*)\}$/.exec(expr ?? '')?.[1];
  if (inner === undefined) throw new Error(`not an object literal: ${expr}`);
  return Object.fromEntries(
    inner
      .split(',')
      .map((f) => f.trim())
      .filter(Boolean)
      .map((field) => {
        const m = /^([A-Za-z_]\w*)\s*=\s*("(?:[^"\\]|\\.)*")$/.exec(field);
        if (!m) throw new Error(`not a string field: ${field}`);
        return [m[1]!, JSON.parse(m[2]!) as string];
      }),
  );
}

/** Dotted names outside strings: references to components (`loki.write.default.receiver`) and functions. */
export function references(expr: string): string[] {
  const bare = expr.replace(/"(?:[^"\\]|\\.)*"/g, '""');
  return [...bare.matchAll(/[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+/g)].map((m) => m[0]);
}
