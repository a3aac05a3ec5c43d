import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { freePort, waitFor } from '../../../backend/test/harness/ports';

/**
 * moto's S3 server (PyPI moto[server]) on a free loopback port: the stand-in for AWS S3, which
 * cannot exist here. Requests are not authenticated; any key pair is accepted.
 */
export class S3Emulator {
  private constructor(
    readonly endpoint: string,
    private readonly child: ChildProcess,
  ) {}

  static async start(venv: string): Promise<S3Emulator> {
    const port = await freePort();
    const child = spawn(path.join(venv, 'bin/moto_server'), ['-H', '127.0.0.1', '-p', String(port)], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let log = '';
    child.stderr?.on('data', (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000)));
    const endpoint = `http://127.0.0.1:${port}`;
    await waitFor(
      async () => {
        if (child.exitCode !== null) throw new Error(`moto_server exited ${child.exitCode}:\n${log}`);
        return (await fetch(`${endpoint}/`)).ok;
      },
      60_000,
      'the S3 emulator',
    );
    return new S3Emulator(endpoint, child);
  }

  async createBucket(bucket: string): Promise<void> {
    const res = await fetch(`${this.endpoint}/${bucket}`, { method: 'PUT' });
    if (!res.ok) throw new Error(`creating bucket ${bucket}: HTTP ${res.status} ${await res.text()}`);
  }

  /** Keys under a prefix (ListObjectsV2, all pages). */
  async keys(bucket: string, prefix: string): Promise<string[]> {
    const keys: string[] = [];
    let token: string | undefined;
    do {
      const query = new URLSearchParams({
        'list-type': '2',
        prefix,
        ...(token ? { 'continuation-token': token } : {}),
      });
      const xml = await (await fetch(`${this.endpoint}/${bucket}?${query}`)).text();
      keys.push(...[...xml.matchAll(/<Key>([^<]+)<\/Key>/g)].map(([, key]) => key!));
      token = /<NextContinuationToken>([^<]+)</.exec(xml)?.[1];
    } while (token);
    return keys;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    await exited;
  }
}
