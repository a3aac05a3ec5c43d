import { DockerfileParser, type Instruction } from 'dockerfile-ast';

export interface DockerfileFinding {
  readonly line: number;
  readonly rule: string;
  readonly message: string;
}

const DIGEST = /@sha256:[0-9a-f]{64}$/;

/**
 * The repository's rules for a Dockerfile: bases pinned by digest, final stage non-root, no ADD
 * of URLs, and a HEALTHCHECK in the final stage or a "# no HEALTHCHECK: <reason>" comment.
 */
export function checkDockerfile(text: string): DockerfileFinding[] {
  const dockerfile = DockerfileParser.parse(text);
  const instructions = dockerfile.getInstructions();
  const args = new Map<string, string | undefined>();
  const firstFrom = instructions.findIndex((i) => i.getKeyword() === 'FROM');
  for (const instruction of instructions.slice(0, Math.max(firstFrom, 0))) {
    if (instruction.getKeyword() !== 'ARG') continue;
    const [name, value] = splitArg(instruction.getArgumentsContent() ?? '');
    args.set(name, value);
  }
  const froms = instructions.filter((i) => i.getKeyword() === 'FROM');
  if (froms.length === 0) return [{ line: 1, rule: 'from', message: 'no FROM instruction' }];
  const stages = new Set<string>();
  const findings: DockerfileFinding[] = [];
  for (const from of froms) {
    const [image = '', as, stage] = (from.getArgumentsContent() ?? '').split(/\s+/);
    findings.push(...checkBase(from, image, stages, args));
    if (as?.toUpperCase() === 'AS' && stage) stages.add(stage);
  }
  findings.push(
    ...checkAdds(instructions),
    ...checkFinalStage(instructions, froms.at(-1) as Instruction, text),
  );
  return findings;
}

function splitArg(content: string): [string, string | undefined] {
  const index = content.indexOf('=');
  return index < 0
    ? [content.trim(), undefined]
    : [
        content.slice(0, index).trim(),
        content
          .slice(index + 1)
          .trim()
          .replace(/^"(.*)"$/, '$1'),
      ];
}

function checkBase(
  from: Instruction,
  image: string,
  stages: Set<string>,
  args: Map<string, string | undefined>,
): DockerfileFinding[] {
  const line = from.getRange().start.line + 1;
  if (stages.has(image) || image === 'scratch') return [];
  const variable = /^\$\{?(\w+)\}?$/.exec(image)?.[1];
  if (variable !== undefined) {
    if (!args.has(variable))
      return [
        {
          line,
          rule: 'pinned-base',
          message: `FROM ${image}: ARG ${variable} is not declared before the first FROM`,
        },
      ];
    const value = args.get(variable);
    // An ARG without a default must be passed at build time; one with a default must be pinned.
    if (value === undefined || DIGEST.test(value)) return [];
    return [
      { line, rule: 'pinned-base', message: `FROM ${image}: the default ${value} is not pinned by digest` },
    ];
  }
  return DIGEST.test(image)
    ? []
    : [{ line, rule: 'pinned-base', message: `FROM ${image} must be pinned by digest (image@sha256:...)` }];
}

function checkAdds(instructions: Instruction[]): DockerfileFinding[] {
  return instructions
    .filter(
      (i) =>
        i.getKeyword() === 'ADD' && /(^|\s)(https?:\/\/|git@|git:\/\/)/.test(i.getArgumentsContent() ?? ''),
    )
    .map((i) => ({
      line: i.getRange().start.line + 1,
      rule: 'no-add-url',
      message: 'ADD of a URL: download in a RUN with a checksum, or COPY',
    }));
}

function checkFinalStage(
  instructions: Instruction[],
  lastFrom: Instruction,
  text: string,
): DockerfileFinding[] {
  const finalStage = instructions.filter((i) => i.getRange().start.line > lastFrom.getRange().start.line);
  const findings: DockerfileFinding[] = [];
  const user = finalStage.filter((i) => i.getKeyword() === 'USER').at(-1);
  const userName = (user?.getArgumentsContent() ?? '').split(':')[0]?.trim();
  if (!user)
    findings.push({
      line: lastFrom.getRange().start.line + 1,
      rule: 'non-root',
      message: 'the final stage sets no USER, so it runs as root',
    });
  else if (userName === 'root' || userName === '0')
    findings.push({
      line: user.getRange().start.line + 1,
      rule: 'non-root',
      message: 'the final stage runs as root',
    });
  const hasHealthcheck = finalStage.some(
    (i) => i.getKeyword() === 'HEALTHCHECK' && !/^NONE\b/i.test(i.getArgumentsContent() ?? ''),
  );
  if (!hasHealthcheck && !/^#\s*no HEALTHCHECK:\s*\S/im.test(text)) {
    findings.push({
      line: lastFrom.getRange().start.line + 1,
      rule: 'healthcheck',
      message: 'the final stage has no HEALTHCHECK and no "# no HEALTHCHECK: <reason>" comment',
    });
  }
  return findings;
}
