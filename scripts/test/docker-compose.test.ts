import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from './support/run-cli';

interface Service {
  image?: string;
  command?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  read_only?: boolean;
  tmpfs?: string[];
  cap_drop?: string[];
  ports?: string[];
}

describe('docker-compose.yml', () => {
  const compose = parse(readFileSync(path.join(REPO_ROOT, 'docker-compose.yml'), 'utf8'), {
    merge: true,
  }) as { services: Record<string, Service> };
  const { postgres, redis, migrate, seed, api } = compose.services;

  it('when read, then it runs PostgreSQL 17, Redis 7, one-shot migration and seed, and the API, in that order', () => {
    expect(postgres?.image).toMatch(/^postgres:17\b/);
    expect(redis?.image).toMatch(/^redis:7\b/);
    expect(migrate?.command).toEqual(['node', 'build/cli/migrate.js', 'up']);
    expect(migrate?.depends_on?.postgres?.condition).toBe('service_healthy');
    expect(seed?.depends_on?.migrate?.condition).toBe('service_completed_successfully');
    expect(api?.depends_on?.seed?.condition).toBe('service_completed_successfully');
  });

  it('when read, then the API runs hardened as in Kubernetes and listens on loopback only', () => {
    expect(api).toMatchObject({
      read_only: true,
      tmpfs: ['/tmp'],
      cap_drop: ['ALL'],
      ports: ['127.0.0.1:3000:3000'],
    });
  });

  it('when read, then every secret is an obvious development-only fake, and the JWT secret is long enough', () => {
    const environment = { ...api?.environment, ...postgres?.environment };
    const secrets = Object.entries(environment).filter(([key]) => /PASSWORD|SECRET/.test(key));

    expect(secrets.length).toBeGreaterThanOrEqual(4);
    expect(secrets.filter(([, value]) => !value.startsWith('dev-only-'))).toEqual([]);
    expect(environment.DATABASE_URL).toContain(':dev-only-db-password@');
    expect(environment.JWT_SECRET?.length).toBeGreaterThanOrEqual(32);
  });
});
