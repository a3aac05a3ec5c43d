import { Application, type IApplication } from '@kubernetes-models/argo-cd/argoproj.io/v1alpha1';
import { PART_OF, platformNamespaces } from '../config/platform';

export const IN_CLUSTER = 'https://kubernetes.default.svc';

type AppSpec = IApplication['spec'];
export type SyncPolicy = NonNullable<AppSpec['syncPolicy']>;

export const RETRY: NonNullable<SyncPolicy['retry']> = { limit: 10, backoff: { duration: '10s', factor: 2, maxDuration: '5m' } };

export interface ApplicationProps {
  readonly name: string;
  readonly project: string;
  readonly namespace: string;
  readonly wave: number;
  readonly source: NonNullable<AppSpec['source']>;
  /** Large CRDs exceed the client-side apply annotation limit. @default false */
  readonly serverSideApply?: boolean;
  /**
   * Delete the app's resources when the Application is deleted. Off for the platform: deleting
   * an operator's Application must not delete its CRDs and with them every database or backup.
   * @default false
   */
  readonly cascadeDelete?: boolean;
  /** @default true */
  readonly createNamespace?: boolean;
}

/** An Application that syncs automatically (prune + self-heal), creates its namespace and retries. */
export function application(props: ApplicationProps): Application {
  return new Application({
    metadata: {
      name: props.name,
      namespace: platformNamespaces.argocd,
      labels: { 'app.kubernetes.io/name': props.name, 'app.kubernetes.io/part-of': PART_OF },
      annotations: { 'argocd.argoproj.io/sync-wave': String(props.wave) },
      ...(props.cascadeDelete ? { finalizers: ['resources-finalizer.argocd.argoproj.io'] } : {}),
    },
    spec: {
      project: props.project,
      source: props.source,
      destination: { server: IN_CLUSTER, namespace: props.namespace },
      syncPolicy: {
        automated: { prune: true, selfHeal: true },
        syncOptions: [
          ...(props.createNamespace === false ? [] : ['CreateNamespace=true']),
          ...(props.serverSideApply ? ['ServerSideApply=true'] : []),
        ],
        retry: RETRY,
      },
    },
  });
}

/** Argo CD names an OCI Helm repository without its scheme (the repository is declared with `enableOCI`). */
export function argoRepoURL(repoURL: string): string {
  return repoURL.replace(/^oci:\/\//, '');
}
