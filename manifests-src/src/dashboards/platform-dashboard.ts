import { promql, timeseriesPanel } from './builder';
import { type DashboardDefinition, logsLink, shopDashboardBuilder } from './dashboard';

/**
 * Series of the exporters kube-prometheus-stack 76.5.1 installs and scrapes:
 * - node-exporter (chart prometheus-node-exporter 4.47.3, `jobLabel: node-exporter`): one target
 *   per node, `instance` its address; node_exporter's cpu, meminfo, filesystem and netdev collectors;
 * - cAdvisor through the kubelet (`job="kubelet"`, metrics path /metrics/cadvisor):
 *   `container_*{namespace,pod,container}`, the pod's sandbox without `container`/`image`;
 * - kube-state-metrics v2.16 (chart 6.1.4) docs/metrics/workload/{pod,horizontalpodautoscaler}-metrics.md,
 *   scraped with honorLabels so `namespace` is the object's.
 */
const NODE = 'job="node-exporter"';
const FILESYSTEMS = `${NODE}, fstype!~"tmpfs|overlay|squashfs|nsfs", mountpoint="/"`;
const NICS = `${NODE}, device!~"lo|veth.*|eni.*|cali.*|cni.*|flannel.*"`;
const CONTAINERS = 'job="kubelet", namespace="$namespace", container!="", image!=""';
const PODS_NET = 'job="kubelet", namespace="$namespace"';
const KSM = 'namespace="$namespace"';

/** Nodes and the shop's pods: CPU, memory, disk, network, restarts; autoscalers against their limits. */
export const platformDashboard: DashboardDefinition = (context) =>
  shopDashboardBuilder(
    {
      uid: 'dhakacart-platform',
      title: 'DhakaCart / Platform',
      description:
        'Nodes and the shop’s pods: CPU, memory, disk and network; autoscalers against their limits.',
    },
    context,
  )
    .withPanel(
      timeseriesPanel(
        'Node CPU busy',
        [
          promql(
            `1 - avg by (instance) (rate(node_cpu_seconds_total{${NODE}, mode="idle"}[5m]))`,
            '{{instance}}',
          ),
        ],
        { unit: 'percentunit', min: 0, max: 1 },
      ),
    )
    .withPanel(
      timeseriesPanel(
        'Node memory used',
        [
          promql(
            `1 - node_memory_MemAvailable_bytes{${NODE}} / node_memory_MemTotal_bytes{${NODE}}`,
            '{{instance}}',
          ),
        ],
        { unit: 'percentunit', min: 0, max: 1 },
      ),
    )
    .withPanel(
      timeseriesPanel(
        'Node root disk used',
        [
          promql(
            `1 - node_filesystem_avail_bytes{${FILESYSTEMS}} / node_filesystem_size_bytes{${FILESYSTEMS}}`,
            '{{instance}}',
          ),
        ],
        { unit: 'percentunit', min: 0, max: 1 },
      ),
    )
    .withPanel(
      timeseriesPanel(
        'Node network',
        [
          promql(
            `sum by (instance) (rate(node_network_receive_bytes_total{${NICS}}[5m]))`,
            '{{instance}} in',
          ),
          promql(
            `sum by (instance) (rate(node_network_transmit_bytes_total{${NICS}}[5m]))`,
            '{{instance}} out',
          ),
        ],
        { unit: 'Bps', min: 0 },
      ),
    )
    .withPanel(
      timeseriesPanel(
        'Pod CPU of its limit',
        [
          promql(
            `sum by (pod) (rate(container_cpu_usage_seconds_total{${CONTAINERS}}[5m]))
/ sum by (pod) (kube_pod_container_resource_limits{${KSM}, resource="cpu"})`,
            '{{pod}}',
          ),
        ],
        { unit: 'percentunit', min: 0, links: [logsLink(['pod'])] },
      ),
    )
    .withPanel(
      timeseriesPanel(
        'Pod memory of its limit',
        [
          promql(
            `sum by (pod) (container_memory_working_set_bytes{${CONTAINERS}})
/ sum by (pod) (kube_pod_container_resource_limits{${KSM}, resource="memory"})`,
            '{{pod}}',
          ),
        ],
        { unit: 'percentunit', min: 0, links: [logsLink(['pod'])] },
      ),
    )
    .withPanel(
      timeseriesPanel(
        'Pod network',
        [
          promql(`sum by (pod) (rate(container_network_receive_bytes_total{${PODS_NET}}[5m]))`, '{{pod}} in'),
          promql(
            `sum by (pod) (rate(container_network_transmit_bytes_total{${PODS_NET}}[5m]))`,
            '{{pod}} out',
          ),
        ],
        { unit: 'Bps', min: 0, links: [logsLink(['pod'])] },
      ),
    )
    .withPanel(
      timeseriesPanel(
        'Pod volumes used',
        [
          promql(
            `kubelet_volume_stats_used_bytes{${KSM}} / kubelet_volume_stats_capacity_bytes{${KSM}}`,
            '{{persistentvolumeclaim}}',
          ),
        ],
        { unit: 'percentunit', min: 0, max: 1 },
      ),
    )
    .withPanel(
      timeseriesPanel(
        'Container restarts (1 h)',
        [promql(`sum by (pod) (increase(kube_pod_container_status_restarts_total{${KSM}}[1h]))`, '{{pod}}')],
        { min: 0, links: [logsLink(['pod'])] },
      ),
    )
    .withPanel(
      timeseriesPanel(
        'Autoscalers: replicas against their limits',
        (['status_current', 'status_desired', 'spec_min', 'spec_max'] as const).map((series) =>
          promql(
            `max by (horizontalpodautoscaler) (kube_horizontalpodautoscaler_${series}_replicas{${KSM}})`,
            `{{horizontalpodautoscaler}} ${series.split('_')[1]}`,
          ),
        ),
        { min: 0, description: 'The HPA at its max for 15 minutes raises HpaAtMaxReplicas.' },
      ),
    );
