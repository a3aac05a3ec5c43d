import { detection } from '../../alerts/detection';
import type { EnvName } from '../../config/schema';

/** The SealedSecret `monitoring/alertmanager-receivers`, mounted where prometheus-operator mounts `secrets`. */
export const RECEIVERS_SECRET = 'alertmanager-receivers';
export const RECEIVERS_DIR = `/etc/alertmanager/secrets/${RECEIVERS_SECRET}`;

/** A receiver credential: a file of the mounted secret, read by Alertmanager when it sends. */
const secretFile = (key: (typeof receiverSecretKeys)[number]) => `${RECEIVERS_DIR}/${key}`;

/** Secret keys the configuration reads (the suite checks each is sealed). */
export const receiverSecretKeys = ['OPSGENIE_API_KEY', 'SLACK_WEBHOOK_URL'] as const;

/**
 * Opsgenie pages the on-call engineer, and its heartbeat is the dead man's switch: it pages
 * when Alertmanager's Watchdog pings stop. Each cluster pings its own heartbeat, so one
 * cluster's pings never hide the other's silence. The URL holds no secret; the API key is a file.
 */
export const OPSGENIE_API = 'https://api.opsgenie.com/';
export const heartbeat = (env: EnvName) => `dhakacart-alertmanager-${env}`;

const chat = (name: string, channel: string) => ({
  name,
  slack_configs: [
    {
      api_url_file: secretFile('SLACK_WEBHOOK_URL'),
      channel,
      send_resolved: true,
      title: '[{{ .Status | toUpper }}] {{ .CommonLabels.alertname }} ({{ .CommonLabels.namespace }})',
      text: '{{ range .Alerts }}{{ .Annotations.summary }}\n{{ .Annotations.description }}\nRunbook: {{ .Annotations.runbook_url }}\n{{ end }}',
    },
  ],
});

/**
 * Alertmanager's configuration (kube-prometheus-stack `alertmanager.config`), replacing the
 * chart's default that sends everything to `null`. docs/alerting.md explains the routes, the
 * grouping, the inhibitions and how to silence; the suite checks it with `amtool check-config`
 * and `amtool config routes test`, and the drill runs it on a real Alertmanager.
 */
export const alertmanagerConfig = (env: EnvName) => ({
  global: { resolve_timeout: '5m', opsgenie_api_url: OPSGENIE_API },
  route: {
    receiver: 'chat-platform',
    group_by: ['alertname', 'namespace'],
    group_wait: '30s',
    group_interval: '5m',
    repeat_interval: '4h',
    routes: [
      // The heartbeat goes out every minute; the dead man's switch pages when it stops.
      {
        receiver: 'deadmans-switch',
        matchers: ['alertname="Watchdog"'],
        group_wait: '0s',
        group_interval: '1m',
        repeat_interval: '1m',
      },
      // The chart's default rules send `info` for dashboards only (and the InfoInhibitor).
      { receiver: 'null', matchers: ['severity=~"info|none"'] },
      // Staging never pages.
      { receiver: 'chat-staging', matchers: ['environment="staging"'] },
      // Pages: fast to send, and a copy to the team's channel.
      {
        receiver: 'pager',
        matchers: ['severity="critical"'],
        group_wait: detection.pageGroupWait,
        group_interval: detection.pageGroupInterval,
        repeat_interval: '1h',
        continue: true,
      },
      { receiver: 'chat-shop', matchers: ['team="shop"'] },
      { receiver: 'chat-platform', matchers: ['team="platform"'] },
    ],
  },
  inhibit_rules: [
    // A shop that is down from outside or inside inhibits its own symptoms: no burn-rate,
    // checkout or order alerts on top of the page that explains them.
    {
      source_matchers: ['alertname=~"ShopUnreachable|ApiDown|ApiDatabaseUnreachable|ApiNoReadyPods"'],
      target_matchers: ['alertname=~"ApiTargetDown|Api(Availability|Latency)BudgetBurn(Fast|Slow)|CheckoutFailuresHigh|OrdersStopped|PaymentDeclinesSpiking"'],
      equal: ['namespace'],
    },
    // Pods fail readiness while the database is unreachable: the database page explains it.
    {
      source_matchers: ['alertname="ApiDatabaseUnreachable"'],
      target_matchers: ['alertname="ApiNoReadyPods"'],
      equal: ['namespace'],
    },
    // No primary explains replication lag and failing checkouts.
    {
      source_matchers: ['alertname="DatabasePrimaryMissing"'],
      target_matchers: ['alertname=~"DatabaseReplicationLag|CheckoutFailuresHigh|OrdersStopped|Api(Availability|Latency)BudgetBurn(Fast|Slow)"'],
      equal: ['namespace'],
    },
    // A page inhibits the warning of the same alert (the SLO's slow burn under its fast burn).
    { source_matchers: ['severity="critical"'], target_matchers: ['severity="warning"'], equal: ['alertname', 'namespace'] },
    // The chart's InfoInhibitor, as in its default configuration.
    { source_matchers: ['alertname="InfoInhibitor"'], target_matchers: ['severity="info"'], equal: ['namespace'] },
  ],
  receivers: [
    { name: 'null' },
    {
      name: 'pager',
      opsgenie_configs: [
        {
          api_key_file: secretFile('OPSGENIE_API_KEY'),
          send_resolved: true,
          message: '{{ .CommonLabels.alertname }}: {{ .CommonAnnotations.summary }}',
          description: '{{ range .Alerts }}{{ .Annotations.description }}\nRunbook: {{ .Annotations.runbook_url }}\n{{ end }}',
          priority: 'P1',
          tags: '{{ .CommonLabels.environment }},{{ .CommonLabels.team }}',
        },
      ],
    },
    {
      name: 'deadmans-switch',
      webhook_configs: [
        {
          url: `${OPSGENIE_API}v2/heartbeats/${heartbeat(env)}/ping`,
          send_resolved: false,
          http_config: { authorization: { type: 'GenieKey', credentials_file: secretFile('OPSGENIE_API_KEY') } },
        },
      ],
    },
    chat('chat-shop', '#shop-alerts'),
    chat('chat-platform', '#platform-alerts'),
    chat('chat-staging', '#staging-alerts'),
  ],
});
