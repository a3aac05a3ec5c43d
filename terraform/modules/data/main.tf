# The backup buckets (database, Velero) with their KMS keys, and their replication to the recovery region;
# the log bucket (Loki) with its own key, not replicated: logs are not backups.
data "aws_caller_identity" "current" {}
data "aws_partition" "current" {}
data "aws_region" "replica" {
  provider = aws.replica
}

locals {
  buckets = {
    database = { name = var.database_backups_bucket, object_lock = { mode = var.object_lock_mode, days = var.retention_days } }
    cluster  = { name = var.cluster_backups_bucket, object_lock = null }
  }
  # A week past the backup tools' own retention: lifecycle is the backstop, not the primary deleter.
  expire_after_days      = var.retention_days + 7
  logs_expire_after_days = var.log_retention_days + 7
}

resource "aws_kms_key" "backups" {
  description         = "${var.name} backups"
  enable_key_rotation = true
  policy              = data.aws_iam_policy_document.key.json
  tags                = var.tags
}

resource "aws_kms_alias" "backups" {
  name          = "alias/${var.name}-backups"
  target_key_id = aws_kms_key.backups.key_id
}

resource "aws_kms_key" "replica" {
  provider            = aws.replica
  description         = "${var.name} backups (replica)"
  enable_key_rotation = true
  policy              = data.aws_iam_policy_document.key.json
  tags                = var.tags
}

resource "aws_kms_alias" "replica" {
  provider      = aws.replica
  name          = "alias/${var.name}-backups-replica"
  target_key_id = aws_kms_key.replica.key_id
}

# The account administers the keys; the roles that use them get kms: permissions in their own policies.
data "aws_iam_policy_document" "key" {
  #checkov:skip=CKV_AWS_109:A key policy's "*" resource is the key itself; the account root administers it, as AWS's default key policy does.
  #checkov:skip=CKV_AWS_111:A key policy's "*" resource is the key itself (see CKV_AWS_109).
  #checkov:skip=CKV_AWS_356:A key policy's "*" resource is the key itself (see CKV_AWS_109).
  statement {
    sid       = "AccountAdministers"
    actions   = ["kms:*"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:${data.aws_partition.current.partition}:iam::${data.aws_caller_identity.current.account_id}:root"]
    }
  }
}

module "primary" {
  source            = "../bucket"
  for_each          = local.buckets
  name              = each.value.name
  kms_key_arn       = aws_kms_key.backups.arn
  object_lock       = each.value.object_lock
  expire_after_days = local.expire_after_days
  tags              = var.tags
}

module "replica" {
  source            = "../bucket"
  for_each          = local.buckets
  providers         = { aws = aws.replica }
  name              = "${each.value.name}-${data.aws_region.replica.region}"
  kms_key_arn       = aws_kms_key.replica.arn
  object_lock       = each.value.object_lock
  expire_after_days = local.expire_after_days
  tags              = var.tags
}

resource "aws_kms_key" "logs" {
  description         = "${var.name} logs"
  enable_key_rotation = true
  policy              = data.aws_iam_policy_document.key.json
  tags                = var.tags
}

resource "aws_kms_alias" "logs" {
  name          = "alias/${var.name}-loki"
  target_key_id = aws_kms_key.logs.key_id
}

# Loki's chunks and index. Loki's compactor deletes what is older than log_retention_days; lifecycle
# is the backstop a week later. Chunks stay in STANDARD: they are small and read by every query.
module "logs" {
  source                    = "../bucket"
  name                      = var.logs_bucket
  kms_key_arn               = aws_kms_key.logs.arn
  colder_storage_after_days = null
  expire_after_days         = local.logs_expire_after_days
  tags                      = var.tags
}
