import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { E2E_ADMIN } from './api';
import { distDir, screenshotDir } from './paths';
import { startStack } from './stack';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    apiUrl: string;
    admin: { email: string; password: string };
  }
}

/** One real stack for the whole run (see stack.ts); the journeys share it, one file at a time. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(path.join(distDir, 'index.html'))) {
    throw new Error(`no build in ${distDir}: run "npm run build -w frontend" first`);
  }
  await rm(screenshotDir, { recursive: true, force: true });
  await mkdir(screenshotDir, { recursive: true });
  const stack = await startStack(distDir);
  project.provide('baseUrl', stack.baseUrl);
  project.provide('apiUrl', stack.apiUrl);
  project.provide('admin', E2E_ADMIN);
  return stack.stop;
}
