import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, ENV_VARIABLES, loadConfig } from './config';

describe('loadConfig', () => {
  test('when nothing is set outside production, then defaults apply and both local fallbacks are allowed', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.db.url).toBeUndefined();
    expect(config.redis.url).toBeUndefined();
    expect(config.auth.jwtSecretGenerated).toBe(true);
    expect(config.auth.jwtSecret.length).toBeGreaterThanOrEqual(32);
    expect(config.admin).toBeUndefined();
  });

  test('when NODE_ENV is production without DATABASE_URL and REDIS_URL, then it refuses both fallbacks by name', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    try {
      loadConfig({ NODE_ENV: 'production' });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('DATABASE_URL: required in production');
      expect(message).toContain('REDIS_URL: required in production');
      expect(message).toContain('JWT_SECRET: required in production');
    }
  });

  test('when a variable is malformed, then the error names it and says why', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT: /);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x/y' })).toThrow(
      /DATABASE_URL: must be a postgres:\/\/ URL/,
    );
    expect(() => loadConfig({ JWT_SECRET: 'short' })).toThrow(/JWT_SECRET: must be at least 32 characters/);
    expect(() => loadConfig({ ADMIN_EMAIL: 'a@b.co' })).toThrow(
      /ADMIN_EMAIL, ADMIN_PASSWORD: set both or neither/,
    );
    expect(() => loadConfig({ SHUTDOWN_DRAIN_MS: '30000', SHUTDOWN_TIMEOUT_MS: '20000' })).toThrow(
      /SHUTDOWN_DRAIN_MS/,
    );
  });

  test('when the config is complete, then it is nested and frozen', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://u:p@db:5432/shop',
      REDIS_URL: 'redis://cache:6379',
      JWT_SECRET: 'x'.repeat(40),
      PAYMENT_SANDBOX_SECRET: 'y'.repeat(20),
    });
    expect(config.db.url).toBe('postgres://u:p@db:5432/shop');
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.db)).toBe(true);
    expect(() => {
      (config.db as { poolMax: number }).poolMax = 1;
    }).toThrow(TypeError);
  });

  test('when a variable is read by the API, then .env.example documents it with a comment', () => {
    const example = readFileSync(path.resolve(__dirname, '../../.env.example'), 'utf8');
    for (const name of ENV_VARIABLES) {
      expect(example).toMatch(new RegExp(`^#? ?${name}=`, 'm'));
    }
  });

  test('when .env.example sets a variable, then it is one the API reads and its value is the default', () => {
    const example = readFileSync(path.resolve(__dirname, '../../.env.example'), 'utf8');
    const set = [...example.matchAll(/^([A-Z][A-Z0-9_]*)=(.*)$/gm)].map(([, name, value]) => ({
      name: name!,
      value: value!,
    }));
    expect(set.length).toBeGreaterThan(10);
    expect(set.filter(({ name }) => !ENV_VARIABLES.includes(name))).toEqual([]);
    // Without JWT_SECRET every load draws a random key: leave it out of the comparison.
    const seen = (env: Record<string, string>) => {
      const config = loadConfig(env);
      return JSON.stringify({ ...config, auth: { ...config.auth, jwtSecret: null } });
    };
    const differing = set.filter(({ name, value }) => seen({ [name]: value }) !== seen({}));
    expect(differing).toEqual([]);
  });
});
