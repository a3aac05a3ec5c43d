import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort, waitFor } from './ports';
import { stopChild } from './processes';

export interface ScrapeTarget {
  /** host:port serving /metrics. */
  address: string;
  /** Target labels, as the Prometheus Operator would set them from a ServiceMonitor. */
  labels: Record<string, string>;
}

export interface PrometheusOptions {
  /** Rule groups to load and evaluate every second, as in a PrometheusRule's `spec.groups`. */
  ruleGroups?: readonly unknown[];
}

/** Debian's Prometheus on a free loopback port, scraping the given targets every second. */
export class TestPrometheus {
  private constructor(
    private readonly child: ChildProcess,
    private readonly dir: string,
    readonly url: string,
  ) {}

  static async create(targets: ScrapeTarget[], options: PrometheusOptions = {}): Promise<TestPrometheus> {
    const dir = await mkdtemp(path.join(tmpdir(), 'dhakacart-prometheus-'));
    const port = await freePort();
    const config = {
      global: { scrape_interval: '1s', evaluation_interval: '1s' },
      ...(options.ruleGroups ? { rule_files: [path.join(dir, 'rules.yml')] } : {}),
      scrape_configs: [
        {
          job_name: 'api',
          static_configs: targets.map((target) => ({ targets: [target.address], labels: target.labels })),
        },
      ],
    };
    // JSON is YAML: no YAML writer needed for Prometheus' config.
    await writeFile(path.join(dir, 'prometheus.yml'), JSON.stringify(config));
    if (options.ruleGroups)
      await writeFile(path.join(dir, 'rules.yml'), JSON.stringify({ groups: options.ruleGroups }));
    const binary = existsSync('/usr/bin/prometheus') ? '/usr/bin/prometheus' : 'prometheus';
    const child = spawn(
      binary,
      [
        `--config.file=${path.join(dir, 'prometheus.yml')}`,
        `--storage.tsdb.path=${path.join(dir, 'data')}`,
        `--web.listen-address=127.0.0.1:${port}`,
        '--log.level=warn',
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let log = '';
    child.stderr?.on('data', (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000)));
    const url = `http://127.0.0.1:${port}`;
    await waitFor(
      async () => {
        if (child.exitCode !== null) throw new Error(`prometheus exited ${child.exitCode}`);
        return (await fetch(`${url}/-/ready`)).ok;
      },
      20_000,
      `prometheus on port ${port}`,
    ).catch(async (error: Error) => {
      await stopChild(child, 'SIGKILL', 1_000);
      throw new Error(`${error.message}\n${log}`);
    });
    return new TestPrometheus(child, dir, url);
  }

  /** An instant query; the sample values of the resulting vector, as Argo Rollouts' provider reads them. */
  async query(promql: string): Promise<number[]> {
    const response = await fetch(`${this.url}/api/v1/query?${new URLSearchParams({ query: promql })}`);
    const body = (await response.json()) as {
      status: string;
      error?: string;
      data: { resultType: string; result: { value: [number, string] }[] };
    };
    if (body.status !== 'success') throw new Error(`query failed: ${body.error}\n${promql}`);
    if (body.data.resultType !== 'vector') throw new Error(`expected a vector, got ${body.data.resultType}`);
    return body.data.result.map((sample) => Number(sample.value[1]));
  }

  /** Waits until every target has been scraped at least `scrapes` times. */
  async waitForScrapes(scrapes: number): Promise<void> {
    await waitFor(
      async () => {
        const counts = await this.query('count_over_time(up[1m])');
        return counts.length > 0 && counts.every((count) => count >= scrapes);
      },
      30_000,
      `${scrapes} scrapes of every target`,
    );
  }

  async destroy(): Promise<void> {
    await stopChild(this.child, 'SIGTERM');
    await rm(this.dir, { recursive: true, force: true });
  }
}
