import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './support/run-cli';

// Every `npm …` command line the README, CONTRIBUTING.md, docs/ and the folder READMEs give a
// reader names a script that exists, and every one given with arguments (`npm run x -- --flag v`)
// is run through the real npm with `--help` appended: npm must hand the flags to the tool (a root
// script that forwards to a workspace without a trailing `--` makes npm take them as its own
// config), and the tool must accept each documented flag before it prints its usage.
// Architecture decision records are left out: they record a decision as it was taken and are not
// rewritten (docs/adr/0001), so a command renamed since then stays as it was in its record.

interface DocumentedCommand {
  readonly file: string;
  readonly script: string;
  readonly workspace?: string;
  readonly args: readonly string[];
}

function markdownFiles(dir = ''): string[] {
  return readdirSync(path.join(REPO_ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory())
      return ['node_modules', '.git', 'dist', 'build'].includes(entry.name) ||
        relative === path.join('docs', 'adr')
        ? []
        : markdownFiles(relative);
    return entry.name.endsWith('.md') ? [relative] : [];
  });
}

const COMMAND =
  /npm (?:run (?:--silent )?([\w:-]*[\w-])|(start|test))(?: -w ([\w-]+))?(?: -- ((?:(?!<br)[^`|#"\n─])*))?/g;
const ELLIPSIS = /^(\.\.\.|…)$/;

/** The documented words as arguments: `up\|down` (a table cell) gives `up`; an ellipsis stands for a value after a flag. */
function argumentsOf(rest: string): string[] {
  const words = rest
    .split(/\s+/)
    .map((word) => word.replace(/\\$/, ''))
    .filter(Boolean);
  return words.flatMap((word, index) =>
    ELLIPSIS.test(word) ? (words[index - 1]?.startsWith('--') ? ['placeholder'] : []) : [word],
  );
}

function documentedCommands(): DocumentedCommand[] {
  return markdownFiles().flatMap((file) => {
    const text = readFileSync(path.join(REPO_ROOT, file), 'utf8').replace(/\\\n\s*/g, ' ');
    return [...text.matchAll(COMMAND)].map(([, script, builtin, workspace, rest]) => ({
      file,
      script: script ?? builtin ?? '',
      workspace,
      args: argumentsOf(rest ?? ''),
    }));
  });
}

function scriptsOf(workspace?: string): Record<string, string> {
  const manifest = path.join(REPO_ROOT, workspace ?? '', 'package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { scripts: Record<string, string> }).scripts;
}

const commands = documentedCommands();
const withArguments = [
  ...new Map(
    commands
      .filter((command) => command.args.length > 0 && !command.args.some((arg) => arg.startsWith('[')))
      .map((command) => [`${command.script} ${command.workspace ?? ''} ${command.args.join(' ')}`, command]),
  ).values(),
];

describe('the npm commands the documentation gives', () => {
  it('when the documentation is read, then it gives commands with arguments to check', () => {
    expect(withArguments.map((command) => command.script)).toEqual(
      expect.arrayContaining(['bench', 'seal', 'bump', 'promote', 'smoke-test']),
    );
  });

  it.each(commands.map((command) => [command.file, command.script, command.workspace ?? 'root', command]))(
    'when %s gives `npm run %s` (%s), then that script exists',
    (_file, script, _workspace, command) => {
      expect(Object.keys(scriptsOf((command as DocumentedCommand).workspace))).toContain(script);
    },
  );

  it.each(withArguments.map((command) => [`${command.script} -- ${command.args.join(' ')}`, command]))(
    'when `npm run %s --help` runs at the root, then the tool gets those flags and prints its usage',
    (_line, command) => {
      const { script, workspace, args } = command as DocumentedCommand;
      const result = spawnSync(
        'npm',
        ['run', '--silent', script, ...(workspace ? ['-w', workspace] : []), '--', ...args, '--help'],
        { cwd: REPO_ROOT, encoding: 'utf8', timeout: 60_000 },
      );

      expect(result.stderr).not.toMatch(/Unexpected argument|Unknown option|error/i);
      // npm answers a --help it kept for itself with its own usage, which does not name the script
      expect(result.stdout).toMatch(new RegExp(`usage:.*\\b${script}\\b`, 'i'));
      expect(result.status).toBe(0);
    },
  );
});
