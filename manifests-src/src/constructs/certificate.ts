import { Certificate as CertificateModel } from '@kubernetes-models/cert-manager/cert-manager.io/v1';
import type { Construct } from 'constructs';
import { appLabels } from '../lib/labels';
import { addModel } from '../lib/model-object';

/** A TLS certificate from a Let's Encrypt ClusterIssuer, renewed by cert-manager. */
export function addCertificate(
  scope: Construct,
  props: { name: string; host: string; secretName: string; issuer: string },
): void {
  addModel(
    scope,
    'Certificate',
    new CertificateModel({
      metadata: { name: props.name, labels: appLabels(props.name, 'tls') },
      spec: {
        secretName: props.secretName,
        dnsNames: [props.host],
        issuerRef: { kind: 'ClusterIssuer', name: props.issuer, group: 'cert-manager.io' },
        privateKey: { algorithm: 'ECDSA', size: 256, rotationPolicy: 'Always' },
      },
    }),
  );
}
