import { Probe } from '@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1';
import type { Construct } from 'constructs';
import { detection } from '../alerts/detection';
import { appLabels } from '../lib/labels';
import { addModel } from '../lib/model-object';

/** The blackbox exporter installed by the platform (argocd/<env>/platform), and its HTTP module. */
export const BLACKBOX = {
  address: 'prometheus-blackbox-exporter.monitoring.svc:9115',
  module: 'http_2xx',
  jobName: 'blackbox',
} as const;

export interface BlackboxProbeProps {
  /** Also the `probe` label of its series, e.g. `storefront`. */
  readonly name: string;
  readonly url: string;
  readonly namespace: string;
}

/** Probes a public URL from inside the cluster through the Gateway, as a customer would reach it. */
export function addBlackboxProbe(scope: Construct, props: BlackboxProbeProps): void {
  addModel(
    scope,
    `Probe-${props.name}`,
    new Probe({
      metadata: { name: props.name, labels: appLabels(props.name, 'monitoring') },
      spec: {
        jobName: BLACKBOX.jobName,
        prober: { url: BLACKBOX.address },
        module: BLACKBOX.module,
        interval: detection.scrapeInterval,
        scrapeTimeout: detection.scrapeTimeout,
        targets: {
          staticConfig: { static: [props.url], labels: { namespace: props.namespace, probe: props.name } },
        },
      },
    }),
  );
}
