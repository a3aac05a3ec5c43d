import {
  Gateway as GatewayModel,
  HTTPRoute,
} from '@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1';
import { Construct } from 'constructs';
import { appLabels } from '../lib/labels';
import { addModel } from '../lib/model-object';

/** GatewayClass installed by NGINX Gateway Fabric. */
export const GATEWAY_CLASS = 'nginx';

export interface CanaryBackend {
  readonly route: string;
  readonly pathPrefix: string;
  readonly stableService: string;
  readonly canaryService: string;
  readonly port: number;
}

export interface GatewayProps {
  readonly name: string;
  readonly host: string;
  /** Secret holding the certificate (written by cert-manager). */
  readonly tlsSecret: string;
  /** One HTTPRoute per backend; the Rollouts plugin shifts the weights between stable and canary. */
  readonly backends: readonly CanaryBackend[];
}

/** A Gateway for one host: HTTP only redirects to HTTPS (ACME challenges excepted), HTTPS routes to the apps. */
export class Gateway extends Construct {
  constructor(scope: Construct, id: string, props: GatewayProps) {
    super(scope, id);
    const listener = (name: 'http' | 'https') => ({
      name,
      hostname: props.host,
      allowedRoutes: { namespaces: { from: 'Same' as const } },
      ...(name === 'http'
        ? { protocol: 'HTTP', port: 80 }
        : {
            protocol: 'HTTPS',
            port: 443,
            tls: { mode: 'Terminate' as const, certificateRefs: [{ kind: 'Secret', name: props.tlsSecret }] },
          }),
    });
    addModel(
      this,
      'Gateway',
      new GatewayModel({
        metadata: { name: props.name, labels: appLabels(props.name, 'gateway') },
        spec: { gatewayClassName: GATEWAY_CLASS, listeners: [listener('http'), listener('https')] },
      }),
    );
    addModel(
      this,
      'Redirect',
      new HTTPRoute({
        metadata: { name: `${props.name}-https-redirect`, labels: appLabels(props.name, 'gateway') },
        spec: {
          parentRefs: [{ name: props.name, sectionName: 'http' }],
          hostnames: [props.host],
          rules: [
            { filters: [{ type: 'RequestRedirect', requestRedirect: { scheme: 'https', statusCode: 301 } }] },
          ],
        },
      }),
    );
    for (const b of props.backends) {
      addModel(
        this,
        `Route-${b.route}`,
        new HTTPRoute({
          metadata: { name: b.route, labels: appLabels(b.route, 'gateway') },
          spec: {
            parentRefs: [{ name: props.name, sectionName: 'https' }],
            hostnames: [props.host],
            rules: [
              {
                matches: [{ path: { type: 'PathPrefix', value: b.pathPrefix } }],
                backendRefs: [
                  { name: b.stableService, port: b.port, weight: 100 },
                  { name: b.canaryService, port: b.port, weight: 0 },
                ],
              },
            ],
          },
        }),
      );
    }
  }
}
