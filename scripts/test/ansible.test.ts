import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './support/run-cli';
import { pyvenv } from './support/terraform';

const ANSIBLE_DIR = path.join(REPO_ROOT, 'ansible');
const PLAYBOOKS = readdirSync(path.join(ANSIBLE_DIR, 'playbooks')).filter((f) => f.endsWith('.yml'));
const DRILL = process.env.DHAKACART_ANSIBLE_DRILL === '1';
if (!DRILL) {
  console.warn(
    'ansible: skipped the idempotence drill against a booted Debian (about 3 min): DHAKACART_ANSIBLE_DRILL=1 npx jest ansible (in scripts/), or npm run drill:ansible',
  );
}

let bin = '';
function ansible(tool: string, args: readonly string[], timeout = 300_000) {
  return spawnSync(path.join(bin, tool), args, {
    cwd: ANSIBLE_DIR,
    encoding: 'utf8',
    timeout,
    env: {
      ...process.env,
      ANSIBLE_CONFIG: path.join(ANSIBLE_DIR, 'ansible.cfg'),
      ANSIBLE_NOCOLOR: '1',
      ANSIBLE_LOCALHOST_WARNING: 'False',
    },
  });
}

beforeAll(() => {
  bin = path.join(pyvenv('ansible'), 'bin');
});

describe('ansible/ static checks', () => {
  it('when ansible-lint runs with the production profile, then it passes', () => {
    const result = ansible('ansible-lint', ['--profile', 'production', '--nocolor']);

    expect(result.stdout + result.stderr).toContain("Profile 'production' was required, and it passed");
    expect(result.status).toBe(0);
  });

  it.each(PLAYBOOKS)('when playbooks/%s is syntax-checked, then it parses', (playbook) => {
    const result = ansible('ansible-playbook', ['--syntax-check', `playbooks/${playbook}`]);

    expect(result.stderr).not.toMatch(/ERROR/);
    expect(result.status).toBe(0);
  });
});

describe('ansible/ variables are checked before anything runs', () => {
  // An inventory of localhost alone: the example inventory's group_vars must not fill the gaps.
  const run = (role: string, vars: Record<string, unknown>) =>
    ansible(
      'ansible-playbook',
      [
        '-i',
        'localhost,',
        '--check',
        'test/argument-checks.yml',
        '-e',
        JSON.stringify({ role_under_test: role, ...vars }),
      ],
      120_000,
    );

  const goodK3s = {
    k3s_binary_src: '/nonexistent/k3s',
    k3s_binary_sha256: 'a'.repeat(64),
    k3s_token: 'drill-token-not-a-secret',
  };

  it('when k3s_role is neither server nor agent, then the argument spec names it', () => {
    const result = run('k3s', { ...goodK3s, k3s_role: 'master' });

    expect(result.stdout).toMatch(/value of k3s_role must be one of: server, agent, got: master/);
    expect(result.status).not.toBe(0);
  });

  it('when k3s_binary_sha256 is not a SHA-256, then the check names it and nothing is installed', () => {
    const result = run('k3s', { ...goodK3s, k3s_binary_sha256: 'abc123' });

    expect(result.stdout).toContain(
      "k3s_binary_sha256 must be the 64 lowercase hex digits of the binary's SHA-256",
    );
    expect(result.stdout).not.toContain('Install the binary');
    expect(result.status).not.toBe(0);
  });

  it('when an agent has no k3s_server_url, then the check names it', () => {
    const result = run('k3s', { ...goodK3s, k3s_role: 'agent' });

    expect(result.stdout).toContain('k3s_server_url must be https://<server>:6443 for an agent');
    expect(result.status).not.toBe(0);
  });

  it('when the binary does not match k3s_binary_sha256, then it is refused naming both', () => {
    const result = run('k3s', { ...goodK3s, k3s_binary_src: path.join(ANSIBLE_DIR, 'test/k3s-stand-in.py') });

    expect(result.stdout).toMatch(
      /k3s_binary_src \S+k3s-stand-in.py has SHA-256 [0-9a-f]{64},\s+expected k3s_binary_sha256 a{64}; nothing was installed/,
    );
    expect(result.status).not.toBe(0);
  });

  it('when node_hardening_admin_users is missing, then the argument spec names it', () => {
    const result = run('node_hardening', {});

    expect(result.stdout).toContain('missing required arguments: node_hardening_admin_users');
    expect(result.status).not.toBe(0);
  });

  it('when an admin user has no SSH key, then the check names the variable and why', () => {
    const result = ansible('ansible-playbook', [
      '-i',
      'localhost,',
      '--check',
      'test/argument-checks.yml',
      '-e',
      JSON.stringify({
        role_under_test: 'node_hardening',
        tasks_under_test: 'validate',
        node_hardening_admin_users: [{ name: 'deploy', ssh_keys: [] }],
      }),
    ]);

    expect(result.stdout).toContain('node_hardening_admin_users must list at least one user');
    expect(result.status).not.toBe(0);
  });

  it('when the bootstrap role lists its environments, then they are the clusters argocd/ has a root application for', () => {
    const spec = readFileSync(
      path.join(ANSIBLE_DIR, 'roles/argocd_bootstrap/meta/argument_specs.yml'),
      'utf8',
    );
    const listed = /argocd_bootstrap_environment:[\s\S]*?choices: \[([^\]]*)\]/.exec(spec)?.[1] ?? '';
    const choices = listed.split(/,\s*/);
    const clusters = readdirSync(path.join(REPO_ROOT, 'argocd')).filter((dir) =>
      existsSync(path.join(REPO_ROOT, 'argocd', dir, 'bootstrap/Application.root.yaml')),
    );

    expect(choices.sort()).toEqual(clusters.sort());
  });

  it('when argocd_bootstrap_environment is not an environment of the repository, then the argument spec names it', () => {
    const result = run('argocd_bootstrap', {
      argocd_bootstrap_environment: 'qa',
      argocd_bootstrap_kubeconfig: '/nonexistent/kubeconfig',
      argocd_bootstrap_sealed_secrets_key_file: '/nonexistent/key.yaml',
    });

    expect(result.stdout).toMatch(
      /value of argocd_bootstrap_environment must be one of: staging, production, got: qa/,
    );
    expect(result.status).not.toBe(0);
  });

  it('when db_backup_destination is neither an s3:// URL nor an absolute folder, then the check names it', () => {
    const result = run('db_backup', {
      db_backup_destination: 'https://example.com/backups',
      db_backup_recipient_key_file: path.join(ANSIBLE_DIR, 'README.md'),
    });

    expect(result.stdout).toContain(
      "db_backup_destination must be s3://<bucket>[/prefix] or an absolute folder (got 'https://example.com/backups')",
    );
    expect(result.status).not.toBe(0);
  });

  it('when db_backup_recipient_key_file does not exist, then the check names it', () => {
    const result = run('db_backup', {
      db_backup_destination: '/var/backups/dhakacart',
      db_backup_recipient_key_file: '/nonexistent/backup-key.asc',
    });

    expect(result.stdout).toContain(
      "db_backup_recipient_key_file an existing public key file on the controller (got '/nonexistent/backup-key.asc')",
    );
    expect(result.status).not.toBe(0);
  });

  it('when the db_backup role installs the scripts, then each is a file of scripts/ that exists', () => {
    const tasks = readFileSync(path.join(ANSIBLE_DIR, 'roles/db_backup/tasks/main.yml'), 'utf8');
    const installed = [...tasks.matchAll(/- \{ src: (\S+), mode/g)].map((m) => m[1]!);

    expect(installed.sort()).toEqual([
      'backup-db.sh',
      'lib/db-backup.sh',
      'lib/s3-objects.py',
      'restore-db.sh',
    ]);
    for (const file of installed) expect(existsSync(path.join(REPO_ROOT, 'scripts', file))).toBe(true);
  });
});

(DRILL ? describe : describe.skip)(
  'ansible/ applied to a booted Debian (systemd-nspawn, over SSH; k3s is a stand-in binary)',
  () => {
    it('when provision.yml and backup.yml run twice each, then the second runs change nothing', () => {
      const result = spawnSync('bash', ['ansible/test/idempotence.sh'], {
        cwd: REPO_ROOT,
        encoding: 'utf8',
        timeout: 1_200_000,
      });

      expect(result.stdout).toContain(
        'PASS: provision.yml and backup.yml are idempotent (second runs changed=0)',
      );
      expect(result.status).toBe(0);
    }, 1_260_000);
  },
);
