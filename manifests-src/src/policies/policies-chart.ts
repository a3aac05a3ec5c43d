import { Chart } from 'cdk8s';
import type { Construct } from 'constructs';
import { AdmissionPolicy } from './admission-policy';
import { rules } from './rules';

/** Every admission rule as a ValidatingAdmissionPolicy + binding, written to policies/admission/. */
export class AdmissionPoliciesChart extends Chart {
  constructor(scope: Construct) {
    super(scope, 'admission', { disableResourceNameHashes: true });
    for (const rule of rules) new AdmissionPolicy(this, rule.name, rule);
  }
}
