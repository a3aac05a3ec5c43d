import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { withFlowTable } from '../network/flow-table';

/** Rewrites the flow table of docs/networking.md from src/network/flows.ts. */
const doc = resolve(import.meta.dirname, '../../../docs/networking.md');
try {
  writeFileSync(doc, withFlowTable(readFileSync(doc, 'utf8')));
  console.log('flows-doc: wrote the flow table of docs/networking.md');
} catch (error) {
  console.error(`flows-doc failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
