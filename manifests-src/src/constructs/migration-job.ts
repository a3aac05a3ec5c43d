import { Construct } from 'constructs';
import { Job } from 'kubernetes-models/batch/v1';
import type { IEnvVar } from 'kubernetes-models/v1';
import type { Resources } from '../config/schema';
import { appLabels, selectorLabels } from '../lib/labels';
import { addModel } from '../lib/model-object';
import { securePodSpec } from '../lib/pod-spec';

/**
 * Argo CD runs the Job before the sync applies anything else of the app, and deletes the last
 * run's Job before creating the next (a named hook is otherwise created only once).
 */
export const MIGRATION_HOOK = {
  'argocd.argoproj.io/hook': 'PreSync',
  'argocd.argoproj.io/hook-delete-policy': 'BeforeHookCreation',
  'argocd.argoproj.io/sync-wave': '0',
} as const;

export interface MigrationJobProps {
  readonly name: string;
  /** The API image (same digest as the Rollout) so schema and code move together. */
  readonly image: string;
  readonly uid: number;
  readonly env: IEnvVar[];
  readonly resources: Resources;
}

/** Runs `migrate up` as an Argo CD PreSync hook: the new schema is in place before new pods start. */
export class MigrationJob extends Construct {
  constructor(scope: Construct, id: string, props: MigrationJobProps) {
    super(scope, id);
    const spec = securePodSpec({
      name: 'migrate',
      image: props.image,
      port: 0,
      uid: props.uid,
      resources: props.resources,
      selector: selectorLabels(props.name),
      env: props.env,
      command: ['node', 'build/cli/migrate.js', 'up'],
    });
    addModel(
      this,
      'Job',
      new Job({
        metadata: {
          name: props.name,
          labels: appLabels(props.name, 'migration'),
          annotations: MIGRATION_HOOK,
        },
        spec: {
          backoffLimit: 2,
          activeDeadlineSeconds: 300,
          ttlSecondsAfterFinished: 86400,
          template: {
            metadata: { labels: appLabels(props.name, 'migration') },
            spec: {
              ...spec,
              restartPolicy: 'Never',
              topologySpreadConstraints: undefined,
              affinity: undefined,
            },
          },
        },
      }),
    );
  }
}
