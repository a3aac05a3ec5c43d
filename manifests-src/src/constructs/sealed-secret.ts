import { SealedSecret as SealedSecretModel } from '@kubernetes-models/sealed-secrets/bitnami.com/v1alpha1';
import type { Construct } from 'constructs';
import type { SealedFile } from '../config/sealed';
import { appLabels } from '../lib/labels';
import { addModel } from '../lib/model-object';

/** A SealedSecret from a file written by `npm run seal` (strict scope: bound to its name and namespace). */
export function addSealedSecret(scope: Construct, sealed: SealedFile): void {
  addModel(
    scope,
    `SealedSecret-${sealed.name}`,
    new SealedSecretModel({
      metadata: { name: sealed.name, namespace: sealed.namespace, labels: appLabels(sealed.name, 'secret') },
      spec: {
        encryptedData: sealed.encryptedData,
        template: {
          metadata: {
            name: sealed.name,
            namespace: sealed.namespace,
            labels: appLabels(sealed.name, 'secret'),
          },
          type: 'Opaque',
        },
      },
    }),
  );
}
