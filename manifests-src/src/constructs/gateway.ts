import {
  Gateway as GatewayModel,
  HTTPRoute,
} from '@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1';
import { Construct } from 'constructs';
import { NginxProxy } from '../imports/gateway.nginx.org/v1alpha2';
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
  /** Node ports the load balancer in front of the cluster forwards the two listeners to. */
  readonly nodePorts: { readonly http: number; readonly https: number };
}

/** The listeners' ports; the node ports map onto them. */
export const LISTENER_PORTS = { http: 80, https: 443 } as const;

/** A Gateway for one host: HTTP only redirects to HTTPS (ACME challenges excepted), HTTPS routes to the apps. */
export class Gateway extends Construct {
  constructor(scope: Construct, id: string, props: GatewayProps) {
    super(scope, id);
    const listener = (name: 'http' | 'https') => ({
      name,
      hostname: props.host,
      allowedRoutes: { namespaces: { from: 'Same' as const } },
      ...(name === 'http'
        ? { protocol: 'HTTP', port: LISTENER_PORTS.http }
        : {
            protocol: 'HTTPS',
            port: LISTENER_PORTS.https,
            tls: { mode: 'Terminate' as const, certificateRefs: [{ kind: 'Secret', name: props.tlsSecret }] },
          }),
    });
    addModel(
      this,
      'Gateway',
      new GatewayModel({
        metadata: { name: props.name, labels: appLabels(props.name, 'gateway') },
        spec: {
          gatewayClassName: GATEWAY_CLASS,
          listeners: [listener('http'), listener('https')],
          infrastructure: {
            parametersRef: { group: 'gateway.nginx.org', kind: 'NginxProxy', name: `${props.name}-proxy` },
          },
        },
      }),
    );
    // NGINX Gateway Fabric 2.x makes one data plane (Deployment and Service) per Gateway; an
    // NginxProxy referenced by the Gateway overrides the GatewayClass's for that Gateway alone
    // (nginx/nginx-gateway-fabric v2.4.2, apis/v1alpha2/nginxproxy_types.go). NodePort with fixed
    // ports is what the Network Load Balancer of terraform/modules/edge targets; Local keeps the
    // shoppers' addresses (the API rate-limits by them) and the load balancer's health check skips
    // nodes without a data-plane pod.
    addModel(
      this,
      'NginxProxy',
      new NginxProxy({
        metadata: { name: `${props.name}-proxy`, labels: appLabels(props.name, 'gateway') },
        spec: {
          kubernetes: {
            service: {
              type: 'NodePort',
              externalTrafficPolicy: 'Local',
              nodePorts: (['http', 'https'] as const).map((l) => ({
                port: props.nodePorts[l],
                listenerPort: LISTENER_PORTS[l],
              })),
            },
          },
        },
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
