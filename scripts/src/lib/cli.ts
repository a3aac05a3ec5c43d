import { HelpRequested, UsageError } from './usage-error';

/** Runs a command-line tool: usage errors exit 2 with the usage text, other errors exit 1. */
export function runCli(usage: string, main: () => void): void {
  try {
    main();
  } catch (error) {
    if (error instanceof HelpRequested) {
      console.log(usage);
      return;
    }
    const isUsage =
      error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    console.error(`error: ${(error as Error).message}${isUsage ? `\n\n${usage}` : ''}`);
    process.exitCode = isUsage ? 2 : 1;
  }
}
