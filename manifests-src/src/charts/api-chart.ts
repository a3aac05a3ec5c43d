import { Chart } from 'cdk8s';
import type { Construct } from 'constructs';
import type { Environment } from '../config';
import type { SealedFile } from '../config/sealed';
import { detection } from '../alerts/detection';
import { PrometheusAnalysisTemplate } from '../constructs/analysis-templates';
import { apiErrorRatio, apiLatencyP95 } from '../constructs/analysis-metrics';
import { CanaryService, METRICS_LABEL, ROLE_LABEL } from '../constructs/canary-service';
import { MIGRATION_HOOK, MigrationJob } from '../constructs/migration-job';
import { addServiceMonitor } from '../constructs/monitors';
import { addNetworkPolicy, peers } from '../constructs/network-policy';
import { REDIS_PORT } from '../constructs/redis';
import { requireSealedKeys, secretKeysRead } from '../constructs/sealed-secret';
import { selectorLabels } from '../lib/labels';
import { apiEnv, databaseHosts } from './api-env';
import { names, operatorLabels, platformPods, ports } from './names';

/** Applied before the migration Job: the same phase, one wave earlier. */
const MIGRATION_POLICY_HOOK = {
  ...MIGRATION_HOOK,
  'argocd.argoproj.io/sync-wave': String(Number(MIGRATION_HOOK['argocd.argoproj.io/sync-wave']) - 1),
};

/** UID the API image runs as. */
const API_UID = 10001;

/** The API: canary Rollout, analysis, autoscaling, migrations (PreSync), secrets, metrics, network allows. */
export class ApiChart extends Chart {
  constructor(scope: Construct, env: Environment, sealed: readonly SealedFile[]) {
    super(scope, 'api', { namespace: env.namespace, disableResourceNameHashes: true });
    // The secrets chart ships the SealedSecret; here synth only refuses to go on without the keys pods read.
    requireSealedKeys(sealed, env, names.apiSecrets, secretKeysRead(apiEnv(env, ''), names.apiSecrets));
    const stepCount = Math.max(1, Math.round(env.canary.analysisSeconds / 30));
    const step = new PrometheusAnalysisTemplate(this, 'StepAnalysis', {
      name: `${names.api}-step`,
      appName: names.api,
      metrics: [apiErrorRatio, apiLatencyP95],
      count: stepCount,
    });
    const background = new PrometheusAnalysisTemplate(this, 'BackgroundAnalysis', {
      name: `${names.api}-background`,
      appName: names.api,
      metrics: [apiErrorRatio, apiLatencyP95],
      intervalSeconds: 60,
    });
    new CanaryService(this, 'Api', {
      name: names.api,
      namespace: env.namespace,
      image: env.images.api,
      port: ports.api,
      uid: API_UID,
      probes: { alive: '/healthz', ready: '/readyz' },
      workload: env.api,
      canary: env.canary,
      httpRoute: names.api,
      stepAnalysis: step.name,
      backgroundAnalysis: background.name,
      env: apiEnv(env, databaseHosts(env).pooler),
      // `api:3000`: scraped by Prometheus, and the name the storefront's nginx proxies /api to (frontend/nginx.conf).
      metricsService: true,
    });
    new MigrationJob(this, 'Migrate', {
      name: names.migrate,
      image: env.images.api,
      uid: API_UID,
      env: apiEnv(env, databaseHosts(env).primary),
      resources: env.api.resources,
    });
    // Scraped as often as the shop is probed: "API down" pages within a minute (alerts/detection.ts).
    addServiceMonitor(
      this,
      names.api,
      { 'app.kubernetes.io/name': names.api, ...METRICS_LABEL },
      'http',
      [ROLE_LABEL],
      detection.scrapeInterval,
    );

    const toPooler = { peers: [peers.pods(operatorLabels.pooler)], ports: [{ port: ports.postgres }] };
    const toPrimary = {
      peers: [peers.pods(operatorLabels.clusterPrimary(env.recovery.serving))],
      ports: [{ port: ports.postgres }],
    };
    addNetworkPolicy(this, 'AllowApi', {
      name: names.api,
      podSelector: selectorLabels(names.api),
      ingress: [
        { peers: [peers.pods(operatorLabels.gatewayDataPlane)], ports: [{ port: ports.api }] },
        { peers: [peers.podsAnywhere(platformPods.prometheus)], ports: [{ port: ports.api }] },
      ],
      egress: [toPooler, { peers: [peers.pods(selectorLabels(names.redis))], ports: [{ port: REDIS_PORT }] }],
    });
    // A PreSync hook runs before this app's other objects are applied, so on a first sync a plain
    // policy would not exist yet and the default deny would drop the Job's connections. The
    // policy is a PreSync hook itself, one wave earlier, re-created with the Job on every sync.
    addNetworkPolicy(this, 'AllowMigrate', {
      name: names.migrate,
      podSelector: selectorLabels(names.migrate),
      annotations: MIGRATION_POLICY_HOOK,
      egress: [toPrimary],
    });
  }
}
