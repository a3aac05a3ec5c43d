import { ApiObject } from 'cdk8s';
import type { Construct } from 'constructs';

/** What every @kubernetes-models (and generated) model offers. */
export interface KubernetesModel {
  readonly apiVersion: string;
  readonly kind: string;
  validate(): void;
  toJSON(): unknown;
}

/**
 * Adds a typed model to the chart after validating it against its JSON schema, so a wrong
 * field fails synth with the object and the path instead of failing in the cluster.
 */
export function addModel(scope: Construct, id: string, model: KubernetesModel): ApiObject {
  try {
    model.validate();
  } catch (error) {
    throw new Error(`${model.kind} ${id} fails its schema: ${(error as Error).message}`, { cause: error });
  }
  const { apiVersion, kind, ...rest } = model.toJSON() as Record<string, unknown> & {
    apiVersion: string;
    kind: string;
  };
  return new ApiObject(scope, id, { apiVersion, kind, ...rest });
}
