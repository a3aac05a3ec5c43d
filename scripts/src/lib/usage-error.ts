/** Bad command-line input: the CLI prints the message and the usage, then exits with 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** `--help` was given: the CLI prints the usage on stdout and exits 0. */
export class HelpRequested extends Error {
  override readonly name = 'HelpRequested';
}
