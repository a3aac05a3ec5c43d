import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';

/** One problem in one workflow file; `line` is 1-based when known. */
export interface Finding {
  readonly file: string;
  readonly line?: number;
  readonly rule: string;
  readonly message: string;
}

export interface RunBlock {
  readonly job: string;
  readonly step: string;
  readonly script: string;
  readonly line: number;
  readonly shell: string | undefined;
  readonly env: Readonly<Record<string, string>>;
}

export interface Workflow {
  /** Path relative to the repository root. */
  readonly file: string;
  readonly text: string;
  readonly data: WorkflowData;
  readonly runBlocks: readonly RunBlock[];
}

export interface StepData {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  shell?: string;
  env?: Record<string, unknown>;
}

export interface JobData {
  name?: string;
  uses?: string;
  permissions?: unknown;
  'timeout-minutes'?: unknown;
  concurrency?: unknown;
  strategy?: { matrix?: Record<string, unknown> };
  steps?: StepData[];
}

export interface WorkflowData {
  name?: string;
  on?: unknown;
  permissions?: unknown;
  concurrency?: unknown;
  jobs?: Record<string, JobData>;
}

export function workflowFiles(repoRoot: string): string[] {
  const dir = path.join(repoRoot, '.github/workflows');
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => path.join('.github/workflows', name));
}

export function loadWorkflow(repoRoot: string, file: string): Workflow {
  return parseWorkflow(file, readFileSync(path.join(repoRoot, file), 'utf8'));
}

export function parseWorkflow(file: string, text: string): Workflow {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  if (doc.errors.length > 0) throw new Error(`${file}: invalid YAML: ${doc.errors[0]?.message}`);
  const data = (doc.toJS() ?? {}) as WorkflowData;
  return { file, text, data, runBlocks: collectRunBlocks(doc, lineCounter) };
}

function collectRunBlocks(doc: Document, lines: LineCounter): RunBlock[] {
  const blocks: RunBlock[] = [];
  const jobs = doc.get('jobs');
  if (!isMap(jobs)) return blocks;
  for (const jobPair of jobs.items) {
    const jobId = String(isScalar(jobPair.key) ? jobPair.key.value : jobPair.key);
    const steps = isMap(jobPair.value) ? jobPair.value.get('steps') : undefined;
    if (!isSeq(steps)) continue;
    steps.items.forEach((stepNode, index) => {
      if (!isMap(stepNode)) return;
      const run = stepNode.get('run', true);
      if (!isScalar(run) || typeof run.value !== 'string') return;
      const step = stepNode.toJSON() as StepData;
      // Block scalars (|) start on the line after the key; plain scalars on the key's line.
      const startLine = lines.linePos(run.range?.[0] ?? 0).line;
      const offset = run.type === 'BLOCK_LITERAL' || run.type === 'BLOCK_FOLDED' ? 1 : 0;
      blocks.push({
        job: jobId,
        step: step.name ?? step.id ?? `step ${index + 1}`,
        script: run.value,
        line: startLine + offset,
        shell: step.shell,
        env: Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, String(v)])),
      });
    });
  }
  return blocks;
}
