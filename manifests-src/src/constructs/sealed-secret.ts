import { SealedSecret as SealedSecretModel } from '@kubernetes-models/sealed-secrets/bitnami.com/v1alpha1';
import type { Construct } from 'constructs';
import type { IEnvVar } from 'kubernetes-models/v1';
import type { Environment } from '../config';
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

/** Keys of `secret` that an environment reads through `secretKeyRef`. */
export function secretKeysRead(env: readonly IEnvVar[], secret: string): string[] {
  return env.flatMap((e) =>
    e.valueFrom?.secretKeyRef?.name === secret ? [e.valueFrom.secretKeyRef.key] : [],
  );
}

/** The sealed file for `name`, failing synth (with the command to fix it) when a key pods read is not sealed. */
export function requireSealedKeys(
  sealed: readonly SealedFile[],
  env: Environment,
  name: string,
  keys: readonly string[],
): SealedFile {
  const file = sealed.find((s) => s.name === name);
  const missing = keys.filter((k) => !file?.encryptedData[k]);
  if (!file || missing.length > 0) {
    const flags = missing.map((k) => `--from-literal ${k}=...`).join(' ');
    throw new Error(
      `${env.namespace}/${name} lacks sealed values for ${missing.join(', ')}: npm run seal -- --env ${env.name} --name ${name} ${flags}`,
    );
  }
  return file;
}
