import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const frontendDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const repoRoot = path.resolve(frontendDir, '..');
export const distDir = path.join(frontendDir, 'dist');
export const screenshotDir = path.join(frontendDir, 'test-results', 'screenshots');
