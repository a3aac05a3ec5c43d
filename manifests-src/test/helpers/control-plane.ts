import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './repository';

/**
 * A real, throwaway Kubernetes control plane on loopback: etcd, kube-apiserver and a kube-controller-manager that runs
 * only the ValidatingAdmissionPolicy type checker and the ServiceAccount controller. No kubelet, no scheduler, no
 * operators: objects are admitted (schemas, CRD validation, admission policies) but nothing runs.
 * Binaries come from scripts/kube/ensure-kube.sh (built once per version, then cached).
 */
export interface ControlPlane {
  readonly dir: string;
  readonly kubeconfig: string;
  readonly bin: string;
  /** Runs the release's own kubectl against this API server. */
  kubectl(args: readonly string[], input?: string): { status: number | null; stdout: string; stderr: string };
  /** Stops what it started (TERM, then KILL after 10 s) and removes its directory. */
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * The control plane's Go programs read the real clock even under libfaketime (npm run test:any-hour), so the
 * certificates they check are made on the real clock too.
 */
function realClock(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { LD_PRELOAD: preload, ...rest } = env;
  return preload?.includes('faketime') ? rest : env;
}

function run(cmd: string, args: readonly string[], cwd?: string): string {
  const result = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: realClock(process.env) });
  if (result.status !== 0)
    throw new Error(`${cmd} ${args.join(' ')} failed: ${result.stderr}${result.stdout}`);
  return result.stdout;
}

/** CA, serving certificate for 127.0.0.1, an admin client certificate (system:masters), service-account keys. */
function makePki(dir: string): void {
  const openssl = (...args: string[]) => run('openssl', args, dir);
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];
  openssl(
    'req',
    '-x509',
    ...ec,
    '-keyout',
    'ca.key',
    '-out',
    'ca.crt',
    '-days',
    '2',
    '-subj',
    '/CN=dhakacart-test-ca',
  );
  writeFileSync(
    join(dir, 'server.ext'),
    'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n',
  );
  writeFileSync(join(dir, 'client.ext'), 'extendedKeyUsage=clientAuth\n');
  for (const [name, subject, ext] of [
    ['apiserver', '/CN=kube-apiserver', 'server.ext'],
    ['admin', '/O=system:masters/CN=dhakacart-test-admin', 'client.ext'],
  ] as const) {
    openssl('req', ...ec, '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', subject);
    openssl(
      'x509',
      '-req',
      '-in',
      `${name}.csr`,
      '-CA',
      'ca.crt',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-out',
      `${name}.crt`,
      '-days',
      '2',
      '-extfile',
      ext,
    );
  }
  openssl('genpkey', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048', '-out', 'sa.key');
  openssl('pkey', '-in', 'sa.key', '-pubout', '-out', 'sa.pub');
}

async function waitFor(what: string, child: ChildProcess, log: string, ready: () => boolean): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} exited (${child.exitCode}):\n${tail(log)}`);
    if (ready()) return;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${what} was not ready after 120 s:\n${tail(log)}`);
}

function tail(file: string): string {
  return readFileSync(file, 'utf8').split('\n').slice(-30).join('\n');
}

/** Builds (first time only: several minutes) or finds the binaries; prints where. */
export function kubeBinaries(): string {
  const result = spawnSync('bash', [join(ROOT, 'scripts/kube/ensure-kube.sh')], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (result.status !== 0) throw new Error('scripts/kube/ensure-kube.sh failed (its output is above)');
  return result.stdout.trim();
}

export async function startControlPlane(): Promise<ControlPlane> {
  const bin = kubeBinaries();
  const dir = mkdtempSync(join(tmpdir(), 'dhakacart-kube-'));
  const children: ChildProcess[] = [];
  const start = (name: string, args: string[]) => {
    const log = join(dir, `${name}.log`);
    const fd = openSync(log, 'w');
    const child = spawn(join(bin, name), args, { stdio: ['ignore', fd, fd] });
    children.push(child);
    return { child, log };
  };
  const stop = async () => {
    for (const child of [...children].reverse()) {
      if (child.exitCode !== null || child.signalCode !== null || !child.pid) continue;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(killer);
    }
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    makePki(dir);
    const [client, peer, secure] = [await freePort(), await freePort(), await freePort()];
    const etcd = start('etcd', [
      '--name=test',
      `--data-dir=${join(dir, 'etcd')}`,
      '--unsafe-no-fsync',
      '--log-level=warn',
      `--listen-client-urls=http://127.0.0.1:${client}`,
      `--advertise-client-urls=http://127.0.0.1:${client}`,
      `--listen-peer-urls=http://127.0.0.1:${peer}`,
      `--initial-advertise-peer-urls=http://127.0.0.1:${peer}`,
      `--initial-cluster=test=http://127.0.0.1:${peer}`,
    ]);
    const curl = (url: string, ...extra: string[]) =>
      spawnSync('curl', ['-fsS', '-m', '2', ...extra, url], { encoding: 'utf8' }).status === 0;
    await waitFor('etcd', etcd.child, etcd.log, () => curl(`http://127.0.0.1:${client}/health`));
    const pki = (file: string) => join(dir, file);
    const apiserver = start('kube-apiserver', [
      `--etcd-servers=http://127.0.0.1:${client}`,
      '--bind-address=127.0.0.1',
      '--advertise-address=127.0.0.1',
      `--secure-port=${secure}`,
      `--cert-dir=${dir}`,
      `--tls-cert-file=${pki('apiserver.crt')}`,
      `--tls-private-key-file=${pki('apiserver.key')}`,
      `--client-ca-file=${pki('ca.crt')}`,
      '--service-account-issuer=https://kubernetes.default.svc.cluster.local',
      `--service-account-key-file=${pki('sa.pub')}`,
      `--service-account-signing-key-file=${pki('sa.key')}`,
      '--service-cluster-ip-range=10.96.0.0/16',
      // on loopback the default reconciler would publish 127.0.0.1 as the kubernetes Service's endpoint and fail
      '--endpoint-reconciler-type=none',
      '--authorization-mode=RBAC',
      '--enable-admission-plugins=NamespaceLifecycle,ServiceAccount,PodSecurity,ValidatingAdmissionPolicy',
      '--allow-privileged=true',
      '--profiling=false',
    ]);
    const kubeconfig = join(dir, 'kubeconfig');
    writeFileSync(
      kubeconfig,
      [
        'apiVersion: v1',
        'kind: Config',
        `clusters: [{ name: test, cluster: { server: "https://127.0.0.1:${secure}", certificate-authority: "${pki('ca.crt')}" } }]`,
        `users: [{ name: admin, user: { client-certificate: "${pki('admin.crt')}", client-key: "${pki('admin.key')}" } }]`,
        'contexts: [{ name: test, context: { cluster: test, user: admin } }]',
        'current-context: test',
        '',
      ].join('\n'),
    );
    await waitFor('kube-apiserver', apiserver.child, apiserver.log, () =>
      curl(
        `https://127.0.0.1:${secure}/readyz`,
        '--cacert',
        pki('ca.crt'),
        '--cert',
        pki('admin.crt'),
        '--key',
        pki('admin.key'),
      ),
    );
    start('kube-controller-manager', [
      `--kubeconfig=${kubeconfig}`,
      '--controllers=validatingadmissionpolicy-status-controller,serviceaccount-controller',
      '--leader-elect=false',
      '--secure-port=0',
    ]);
    const kubectl: ControlPlane['kubectl'] = (args, input) => {
      const result = spawnSync(join(bin, 'kubectl'), [`--kubeconfig=${kubeconfig}`, ...args], {
        encoding: 'utf8',
        input,
        maxBuffer: 64 * 1024 * 1024,
      });
      return { status: result.status, stdout: result.stdout, stderr: result.stderr };
    };
    return { dir, kubeconfig, bin, kubectl, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
