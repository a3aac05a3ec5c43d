import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Finding, JobData, Workflow } from './load';

/** One `npm run <script>` (or `npm test`/`npm start`) found in a workflow's run blocks. */
export interface ScriptReference {
  readonly file: string;
  readonly line: number;
  readonly script: string;
  /** Workspace folder given with -w/--workspace; undefined for the root package.json. */
  readonly workspace: string | undefined;
}

const SEPARATORS = new Set(['&&', '||', ';', '|', '(', ')', '{', '}']);
const LIFECYCLE = new Set(['test', 'start', 'stop', 'restart']);

/**
 * npm scripts called by a workflow's run blocks, and by the repository shell scripts those run
 * blocks start (`bash scripts/ci/x.sh`), when repoRoot is given to read them.
 */
export function scriptReferences(workflow: Workflow, repoRoot?: string): ScriptReference[] {
  const references: ScriptReference[] = [];
  const jobs = workflow.data.jobs ?? {};
  for (const block of workflow.runBlocks) {
    block.script.split('\n').forEach((text, offset) => {
      for (const call of npmCalls(text)) {
        for (const combo of matrixCombos(jobs[block.job])) {
          references.push({
            file: workflow.file,
            line: block.line + offset,
            script: resolve(call.script, block.env, combo) ?? call.script,
            workspace: resolve(call.workspace, block.env, combo),
          });
        }
      }
    });
  }
  if (repoRoot !== undefined)
    references.push(...calledShellScripts(workflow).flatMap((file) => shellScriptReferences(repoRoot, file)));
  const seen = new Set<string>();
  return references.filter((r) => {
    const key = `${r.file}:${r.line}:${r.workspace ?? ''}:${r.script}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

function calledShellScripts(workflow: Workflow): string[] {
  const files = workflow.runBlocks.flatMap((block) =>
    [...block.script.matchAll(/\bbash\s+(scripts\/[\w./-]+\.sh)\b/g)].map((m) => m[1] ?? ''),
  );
  return [...new Set(files)];
}

function shellScriptReferences(repoRoot: string, file: string): ScriptReference[] {
  const full = path.join(repoRoot, file);
  if (!existsSync(full))
    return [{ file, line: 0, script: `(missing shell script ${file})`, workspace: undefined }];
  return readFileSync(full, 'utf8')
    .split('\n')
    .flatMap((text, index) =>
      npmCalls(text).map((call) => ({
        file,
        line: index + 1,
        script: call.script,
        workspace: call.workspace,
      })),
    );
}

function npmCalls(line: string): { script: string; workspace: string | undefined }[] {
  const tokens = line.replace(/#.*$/, '').match(/"[^"]*"|'[^']*'|&&|\|\||[;|(){}]|[^\s;|(){}]+/g) ?? [];
  const calls: { script: string; workspace: string | undefined }[] = [];
  tokens.forEach((token, index) => {
    if (token !== 'npm') return;
    let command: string | undefined;
    let script: string | undefined;
    let workspace: string | undefined;
    for (let i = index + 1; i < tokens.length; i++) {
      const word = unquote(tokens[i] ?? '');
      if (SEPARATORS.has(word) || word === '--') break;
      if (word === '-w' || word === '--workspace') workspace = unquote(tokens[++i] ?? '');
      else if (word.startsWith('--workspace=')) workspace = word.slice('--workspace='.length);
      else if (word.startsWith('-')) continue;
      else if (command === undefined) command = word;
      else if (script === undefined) script = word;
    }
    if (command === 'run' || command === 'run-script') {
      if (script !== undefined) calls.push({ script, workspace });
    } else if (command !== undefined && LIFECYCLE.has(command)) {
      calls.push({ script: command, workspace });
    }
  });
  return calls;
}

function unquote(token: string): string {
  return /^(["']).*\1$/.test(token) ? token.slice(1, -1) : token;
}

/**
 * The job's matrix combinations: its `include` entries, or each value of its first list
 * (enough for one matrix dimension), or a single empty combination. Duplicates collapse later.
 */
function matrixCombos(job: JobData | undefined): Record<string, unknown>[] {
  const matrix = job?.strategy?.matrix ?? {};
  if (Array.isArray(matrix.include)) return matrix.include as Record<string, unknown>[];
  const [key, values] = Object.entries(matrix).find(([, v]) => Array.isArray(v)) ?? [];
  return key === undefined ? [{}] : (values as unknown[]).map((value) => ({ [key]: value }));
}

/** A value given as "$VAR" is looked up in the step's env, and `${{ matrix.x }}` in the combination. */
function resolve(
  raw: string | undefined,
  env: Readonly<Record<string, string>>,
  combo: Record<string, unknown>,
): string | undefined {
  if (raw === undefined) return undefined;
  const variable = /^\$\{?(\w+)\}?$/.exec(raw)?.[1];
  const value = variable === undefined ? raw : (env[variable] ?? raw);
  const matrixKey = /^\$\{\{\s*matrix\.([\w-]+)\s*\}\}$/.exec(value)?.[1];
  if (matrixKey === undefined) return value;
  const found = combo[matrixKey];
  return found === undefined ? value : String(found);
}

export interface PackageScripts {
  readonly root: ReadonlySet<string>;
  readonly workspaces: ReadonlyMap<string, ReadonlySet<string>>;
}

export function readPackageScripts(repoRoot: string): PackageScripts {
  const rootPackage = readPackage(path.join(repoRoot, 'package.json'));
  const workspaces = new Map<string, ReadonlySet<string>>();
  for (const folder of (rootPackage?.workspaces as string[] | undefined) ?? []) {
    const pkg = readPackage(path.join(repoRoot, folder, 'package.json'));
    if (pkg)
      workspaces.set(folder, new Set(Object.keys((pkg.scripts as Record<string, string> | undefined) ?? {})));
  }
  return {
    root: new Set(Object.keys((rootPackage?.scripts as Record<string, string> | undefined) ?? {})),
    workspaces,
  };
}

function readPackage(file: string): Record<string, unknown> | undefined {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : undefined;
}

export function scriptExists(reference: ScriptReference, scripts: PackageScripts): boolean {
  if (reference.workspace === undefined) return scripts.root.has(reference.script);
  return scripts.workspaces.get(reference.workspace.replace(/\/$/, ''))?.has(reference.script) ?? false;
}

export function checkScriptsExist(workflow: Workflow, scripts: PackageScripts, repoRoot?: string): Finding[] {
  return scriptReferences(workflow, repoRoot)
    .filter((reference) => !scriptExists(reference, scripts))
    .map((reference) => ({
      file: reference.file,
      line: reference.line,
      rule: 'npm-scripts',
      message: `npm script "${reference.script}" does not exist in ${reference.workspace === undefined ? 'the root package.json' : `${reference.workspace}/package.json`}`,
    }));
}
