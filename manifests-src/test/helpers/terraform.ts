import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './repository';

/** The text of `default = …` of `variable "<name>"` in a terraform/ file (a map's body, or a string's value). */
export function terraformDefault(file: string, name: string): string | undefined {
  const text = readFileSync(join(ROOT, 'terraform', file), 'utf8');
  const block = new RegExp(
    `variable "${name}" \\{[\\s\\S]*?default\\s+= (?:\\{([\\s\\S]*?)\\}|"([^"]*)")`,
  ).exec(text);
  return block?.[1] ?? block?.[2];
}
