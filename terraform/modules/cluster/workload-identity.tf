# IRSA: pods exchange their service-account token for these roles' credentials. The manifests
# annotate the service accounts with the role ARNs (eks.amazonaws.com/role-arn), through the
# hand-over file manifests-src/src/config/infrastructure.json.
resource "aws_iam_openid_connect_provider" "this" {
  url            = aws_eks_cluster.this.identity[0].oidc[0].issuer
  client_id_list = ["sts.amazonaws.com"]
  tags           = var.tags
}

locals {
  oidc_issuer = replace(aws_iam_openid_connect_provider.this.url, "https://", "")
  # Add-ons and platform components the cluster itself needs, beside the caller's workloads.
  workload_identities = merge({
    "ebs-csi-driver" = {
      namespace       = "kube-system"
      service_account = "ebs-csi-controller-sa"
      policy_arn      = "arn:${data.aws_partition.current.partition}:iam::aws:policy/service-role/AmazonEBSCSIDriverPolicy"
      policy_json     = null
    }
    }, { for k, w in var.workload_identities : k => merge(w, { policy_arn = null }) }
  )
}

data "aws_iam_policy_document" "workload_assume" {
  for_each = local.workload_identities
  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = [aws_iam_openid_connect_provider.this.arn]
    }
    condition {
      test     = "StringEquals"
      variable = "${local.oidc_issuer}:sub"
      values   = ["system:serviceaccount:${each.value.namespace}:${each.value.service_account}"]
    }
    condition {
      test     = "StringEquals"
      variable = "${local.oidc_issuer}:aud"
      values   = ["sts.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "workload" {
  for_each           = local.workload_identities
  name               = "${var.name}-${each.key}"
  assume_role_policy = data.aws_iam_policy_document.workload_assume[each.key].json
  tags               = var.tags
}

# Keyed by the caller's map, whose keys are known at plan time; filtering on policy_json would make
# for_each wait for the policy documents, which are only known at apply.
resource "aws_iam_role_policy" "workload" {
  for_each = var.workload_identities
  name     = each.key
  role     = aws_iam_role.workload[each.key].id
  policy   = each.value.policy_json
}

resource "aws_iam_role_policy_attachment" "workload" {
  for_each   = { for k, w in local.workload_identities : k => w if w.policy_arn != null }
  role       = aws_iam_role.workload[each.key].name
  policy_arn = each.value.policy_arn
}
