import { PodMonitor, ServiceMonitor } from '@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1';
import type { Construct } from 'constructs';
import { appLabels } from '../lib/labels';
import { addModel } from '../lib/model-object';

/** Scrapes `/metrics` on the named port of every Service carrying the labels, copying `podTargetLabels` onto the series. */
export function addServiceMonitor(
  scope: Construct,
  name: string,
  selector: Record<string, string>,
  port: string,
  podTargetLabels: string[] = [],
  /** @default 15s */
  interval = '15s',
): void {
  addModel(
    scope,
    'ServiceMonitor',
    new ServiceMonitor({
      metadata: { name, labels: appLabels(name, 'monitoring') },
      spec: {
        selector: { matchLabels: selector },
        endpoints: [{ port, path: '/metrics', interval }],
        ...(podTargetLabels.length ? { podTargetLabels } : {}),
      },
    }),
  );
}

/** Scrapes the named port of every pod carrying the labels. */
export function addPodMonitor(
  scope: Construct,
  id: string,
  name: string,
  selector: Record<string, string>,
  port: string,
): void {
  addModel(
    scope,
    id,
    new PodMonitor({
      metadata: { name, labels: appLabels(name, 'monitoring') },
      spec: { selector: { matchLabels: selector }, podMetricsEndpoints: [{ port, interval: '30s' }] },
    }),
  );
}
