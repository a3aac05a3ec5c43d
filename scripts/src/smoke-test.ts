import { UsageError } from './lib/usage-error';
import { parseSmokeArgs, SMOKE_USAGE } from './smoke/args';
import { formatReport } from './smoke/report';
import { runSmokeTest } from './smoke/run';

/** Exit codes: 0 every check passed, 1 a check failed, 2 bad arguments. */
async function main(argv: readonly string[]): Promise<number> {
  let args;
  try {
    args = parseSmokeArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`error: ${error.message}\n\n${SMOKE_USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(SMOKE_USAGE);
    return 0;
  }
  const report = await runSmokeTest(args);
  const output = formatReport(report, args.format);
  console.log(output);
  return report.ok ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
