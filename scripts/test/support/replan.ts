import { readFileSync } from 'node:fs';
import path from 'node:path';
import { TERRAFORM_DIR } from './terraform';

/**
 * The re-plan after an apply to moto, judged against terraform/test/emulator-allowance.json: every
 * difference is either a listed moto limitation or a consequence of one. A value the plan cannot know
 * yet (`after_unknown`) is a consequence of another change in the same plan, which is judged itself;
 * anything else is reported as `address: attribute`.
 */

export interface Allowance {
  allowed: { resource: string; attribute: string; reason: string }[];
}

type Path = readonly (string | number)[];

export interface ResourceChange {
  address: string;
  change: {
    actions: string[];
    before: Record<string, unknown> | null;
    after: Record<string, unknown> | null;
    after_unknown?: unknown;
    replace_paths?: Path[];
  };
}

export const emulatorAllowance = (): Allowance =>
  JSON.parse(readFileSync(path.join(TERRAFORM_DIR, 'test/emulator-allowance.json'), 'utf8')) as Allowance;

const isContainer = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Whether before and after differ anywhere the plan already knows the value. */
function differs(before: unknown, after: unknown, unknown: unknown): boolean {
  if (unknown === true) return false;
  if (isContainer(before) && isContainer(after) && Array.isArray(before) === Array.isArray(after)) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    const unknowns = isContainer(unknown) ? unknown : {};
    return [...keys].some((k) => differs(before[k], after[k], unknowns[k]));
  }
  return JSON.stringify(before ?? null) !== JSON.stringify(after ?? null);
}

/** Whether any step of the path is unknown in the plan (the replacement follows from another change). */
function unknownAlong(unknown: unknown, at: Path): boolean {
  let node = unknown;
  for (const step of at) {
    if (node === true) return true;
    node = isContainer(node) ? node[step] : undefined;
  }
  return node === true;
}

/** The top-level attributes that make this change, known at plan time. */
function causes(c: ResourceChange): string[] {
  const { actions, before, after, after_unknown: unknown, replace_paths: replacePaths } = c.change;
  if (actions.includes('delete') && actions.includes('create')) {
    const known = (replacePaths ?? []).filter((p) => !unknownAlong(unknown, p));
    if (replacePaths?.length && known.length === 0) return [];
    return known.length ? [...new Set(known.map((p) => String(p[0])))].sort() : [`(${actions.join('+')})`];
  }
  if (!actions.includes('update')) return [`(${actions.join('+')})`];
  const unknowns = isContainer(unknown) ? unknown : {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...keys].filter((k) => differs(before?.[k], after?.[k], unknowns[k])).sort();
}

/** The re-plan's changes that the allowance does not explain, as `address: attribute`. */
export function unexplained(changes: readonly ResourceChange[], allowance: Allowance): string[] {
  return changes
    .filter((c) => !c.change.actions.every((a) => a === 'no-op' || a === 'read'))
    .flatMap((c) =>
      causes(c)
        .filter(
          (attr) =>
            !allowance.allowed.some((a) => new RegExp(a.resource).test(c.address) && a.attribute === attr),
        )
        .map((attr) => `${c.address}: ${attr}`),
    );
}
