import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { findDockerfiles } from '../src/docker/find';
import { dockerfileUtilsFindings, hadolintBinary, hadolintFindings } from '../src/docker/linters';
import { checkDockerfile } from '../src/docker/rules';
import { REPO_ROOT } from './support/run-cli';

const read = (file: string) => readFileSync(path.join(REPO_ROOT, file), 'utf8');
const PINNED =
  'node:24-bookworm-slim@sha256:6f7b03f7c2c8e2e784dcf9295400527b9b1270fd37b7e9a7285cf83b6951452d';

describe('the repository Dockerfiles', () => {
  const dockerfiles = findDockerfiles(REPO_ROOT);
  const hadolint = hadolintBinary(path.join(REPO_ROOT, '.tmp'));

  it('when searched, then the API Dockerfile is among them', () => {
    expect(dockerfiles).toContain('backend/Dockerfile');
  });

  describe.each(dockerfiles)('%s', (file) => {
    it('when parsed, then bases are pinned by digest, the final stage is non-root with a HEALTHCHECK, and nothing is ADDed from a URL', () => {
      expect(checkDockerfile(read(file))).toEqual([]);
    });

    it('when validated by dockerfile-utils, then it has no finding', () => {
      expect(dockerfileUtilsFindings(read(file))).toEqual([]);
    });

    it('when linted by hadolint, then it has no warning or error', () => {
      if (hadolint === undefined)
        throw new Error('hadolint needs python3 -m pip (scripts/install-test-deps.sh installs it)');
      expect(hadolintFindings(hadolint, path.join(REPO_ROOT, file))).toEqual([]);
    });
  });

  it('when the build context is read, then .dockerignore keeps out git, dependencies, local env files and data', () => {
    expect(existsSync(path.join(REPO_ROOT, '.dockerignore'))).toBe(true);
    const lines = read('.dockerignore')
      .split('\n')
      .map((l) => l.trim());

    expect(lines[lines.findIndex((l) => l !== '' && !l.startsWith('#'))]).toBe('*');
    expect(lines).toEqual(expect.arrayContaining(['**/node_modules', '**/.env', '**/.env.*']));
    expect(lines.filter((l) => l.startsWith('!') && /(\.git|\.data|\.tmp|\.env)\b/.test(l))).toEqual([]);
  });
});

describe('backend/Dockerfile', () => {
  const text = read('backend/Dockerfile');

  it('when read, then it builds from the root lockfile for the backend workspace only and ships production dependencies', () => {
    expect(text).toContain('npm ci -w backend --include-workspace-root=false --no-audit');
    expect(text).toContain('npm run build -w backend');
    expect(text).toMatch(/npm ci -w backend --include-workspace-root=false --omit=dev/);
    expect(text).toContain(`ARG NODE_IMAGE=${PINNED}`);
  });

  it('when read, then it runs node build/index.js as UID 10001 with a node-based health check and OCI labels', () => {
    expect(text).toMatch(/^USER 10001:10001$/m);
    expect(text).toMatch(/^CMD \["node", "build\/index\.js"\]$/m);
    expect(text).toMatch(
      /HEALTHCHECK[\s\S]*CMD \["node", "-e", "fetch\('http:\/\/127\.0\.0\.1:'[^\n]*\/healthz/,
    );
    expect(text).toMatch(/org\.opencontainers\.image\.source=/);
  });
});

describe('Dockerfile rules catch what they are for', () => {
  const good = `FROM ${PINNED} AS build\nRUN echo hi\nFROM ${PINNED}\nCOPY --from=build /x /x\nUSER 10001\nHEALTHCHECK CMD ["true"]\nCMD ["node"]\n`;

  it('when every rule holds, then there is no finding', () => {
    expect(checkDockerfile(good)).toEqual([]);
  });

  it.each([
    [
      'a base by tag only',
      'pinned-base',
      1,
      good.replace(`FROM ${PINNED} AS build`, 'FROM node:24 AS build'),
    ],
    [
      'an ARG base with an unpinned default',
      'pinned-base',
      4,
      `ARG BASE=node:24\n${good.replace(`FROM ${PINNED}\n`, 'FROM ${BASE}\n')}`,
    ],
    ['a final stage with no USER', 'non-root', 3, good.replace('USER 10001\n', '')],
    ['a final stage as root', 'non-root', 5, good.replace('USER 10001', 'USER root')],
    ['no HEALTHCHECK nor reason', 'healthcheck', 3, good.replace('HEALTHCHECK CMD ["true"]\n', '')],
    [
      'an ADD of a URL',
      'no-add-url',
      2,
      good.replace('RUN echo hi', 'ADD https://example.com/tool.tgz /tmp/'),
    ],
  ])('when a Dockerfile has %s, then the %s rule reports line %i', (_what, rule, line, text) => {
    expect(checkDockerfile(text)).toEqual([expect.objectContaining({ rule, line })]);
  });

  it('when HEALTHCHECK is left out with a written reason, then the rule accepts it', () => {
    const text = `# no HEALTHCHECK: Kubernetes probes check this job's pods\n${good.replace('HEALTHCHECK CMD ["true"]\n', '')}`;

    expect(checkDockerfile(text)).toEqual([]);
  });

  it('when a Dockerfile has an invalid instruction, then dockerfile-utils reports it', () => {
    expect(dockerfileUtilsFindings(`${good}EXPOSE port-eighty\n`)).toEqual([
      expect.objectContaining({ line: 8 }),
    ]);
  });
});
