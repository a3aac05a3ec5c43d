import path from 'node:path';
import { readPlatformCharts } from './renovate/platform-charts';

/**
 * Usage: npm run --silent platform-charts
 * Prints the platform's Helm charts as tab-separated "chart repoURL version" lines, read from
 * manifests-src/src/config/platform.ts with renovate.json's own regex manager.
 */
try {
  if (process.argv.length > 2)
    throw new Error('usage: npm run --silent platform-charts   (takes no arguments)');
  for (const chart of readPlatformCharts(path.resolve(__dirname, '../..'))) {
    console.log([chart.chart, chart.repoURL, chart.version].join('\t'));
  }
} catch (error) {
  console.error(`error: ${(error as Error).message}`);
  process.exitCode = 1;
}
