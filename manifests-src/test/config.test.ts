import { assertDistinctNodePorts } from '../src/config';
import { environments } from '../src/config/environments';
import { parseOrThrow } from '../src/config/images';
import { environmentSchema } from '../src/config/schema';

describe('environment config', () => {
  it('when both environments are checked, then they are valid', () => {
    expect(() => parseOrThrow(environmentSchema, environments.staging, 'staging')).not.toThrow();
    expect(() => parseOrThrow(environmentSchema, environments.production, 'production')).not.toThrow();
  });

  it('when maxReplicas is below minReplicas, then the error names the field', () => {
    const bad = {
      ...environments.production,
      api: { ...environments.production.api, minReplicas: 10, maxReplicas: 4 },
    };
    expect(() => parseOrThrow(environmentSchema, bad, 'production')).toThrow(
      'production: api.maxReplicas: must be >= minReplicas',
    );
  });

  it('when the base-backup cron has five fields, then the error names the field', () => {
    const bad = {
      ...environments.staging,
      backups: { ...environments.staging.backups, baseBackupSchedule: '0 2 * * *' },
    };
    expect(() => parseOrThrow(environmentSchema, bad, 'staging')).toThrow(
      'staging: backups.baseBackupSchedule: must be a cron expression with six fields',
    );
  });

  it('when archive_timeout is unbounded (0), then the error names the field', () => {
    const bad = {
      ...environments.production,
      database: { ...environments.production.database, archiveTimeoutSeconds: 0 },
    };
    expect(() => parseOrThrow(environmentSchema, bad, 'production')).toThrow(
      'production: database.archiveTimeoutSeconds: must be 10 to 300 seconds (0 leaves the RPO unbounded)',
    );
  });

  it('when the canary steps exceed the time budget, then the error names the field', () => {
    const bad = {
      ...environments.staging,
      canary: { ...environments.staging.canary, stepPauseSeconds: 300 },
    };
    expect(() => parseOrThrow(environmentSchema, bad, 'staging')).toThrow(
      'staging: canary.stepPauseSeconds: steps must add up to at most 480 s',
    );
  });

  it('when a synchronous replica is asked of a single instance, then the error names the field', () => {
    const bad = {
      ...environments.staging,
      database: { ...environments.staging.database, synchronousReplicas: 1 },
    };
    expect(() => parseOrThrow(environmentSchema, bad, 'staging')).toThrow(
      'staging: database.synchronousReplicas: must be smaller than instances',
    );
  });

  it('when an unknown field is given, then it is rejected rather than ignored', () => {
    const bad = { ...environments.staging, replicas: 3 };
    expect(() => parseOrThrow(environmentSchema, bad, 'staging')).toThrow(
      /staging: \(root\): Unrecognized key/,
    );
  });

  it('when a Gateway node port is outside the NodePort range, then the error names the field', () => {
    const bad = { ...environments.staging, gatewayNodePorts: { http: 8080, https: 31443 } };
    expect(() => parseOrThrow(environmentSchema, bad, 'staging')).toThrow(
      "staging: gatewayNodePorts.http: must be in Kubernetes' NodePort range 30000-32767",
    );
  });

  it('when two environments take the same node port, then the error names both', () => {
    const clash = [
      environments.production,
      {
        ...environments.staging,
        gatewayNodePorts: { http: 31080, https: environments.production.gatewayNodePorts.http },
      },
    ];
    expect(() => assertDistinctNodePorts([environments.staging, environments.production])).not.toThrow();
    expect(() => assertDistinctNodePorts(clash)).toThrow(
      `staging.gatewayNodePorts.https: ${environments.production.gatewayNodePorts.http} is also production.gatewayNodePorts.http`,
    );
  });
});
