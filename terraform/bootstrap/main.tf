# The S3 bucket that holds the environments' state, made once per account with local state
# (docs/deployment-guide.md). Locking needs no table: the S3 backend's use_lockfile writes a
# lock object beside the state with a conditional put.
locals {
  emulated_hosts = var.emulator_endpoint == null ? [] : [var.emulator_endpoint]
}

provider "aws" {
  region                      = var.region
  allowed_account_ids         = var.emulator_endpoint == null ? [var.account_id] : null
  skip_credentials_validation = var.emulator_endpoint != null
  skip_metadata_api_check     = var.emulator_endpoint != null
  # Emulated, the provider asks no account id (so allowed_account_ids cannot apply) and reads
  # bucket tags with GetBucketTagging, not S3 Control, whose
  # account-prefixed host cannot reach a loopback address.
  skip_requesting_account_id = var.emulator_endpoint != null
  s3_use_path_style          = var.emulator_endpoint != null

  dynamic "endpoints" {
    for_each = local.emulated_hosts
    content {
      iam = endpoints.value
      kms = endpoints.value
      s3  = endpoints.value
      sts = endpoints.value
    }
  }
}

resource "aws_kms_key" "state" {
  description         = "Terraform state"
  enable_key_rotation = true
  policy              = data.aws_iam_policy_document.state_key.json
}

resource "aws_kms_alias" "state" {
  name          = "alias/dhakacart-tfstate"
  target_key_id = aws_kms_key.state.key_id
}

data "aws_iam_policy_document" "state_key" {
  #checkov:skip=CKV_AWS_109:A key policy's "*" resource is the key itself; the account root administers it, as AWS's default key policy does.
  #checkov:skip=CKV_AWS_111:A key policy's "*" resource is the key itself (see CKV_AWS_109).
  #checkov:skip=CKV_AWS_356:A key policy's "*" resource is the key itself (see CKV_AWS_109).
  statement {
    sid       = "AccountAdministers"
    actions   = ["kms:*"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::${var.account_id}:root"]
    }
  }
}

# Old state versions are kept 90 days for recovery; the current state never expires.
module "state" {
  source                 = "../modules/bucket"
  name                   = "dhakacart-tfstate-${var.account_id}"
  kms_key_arn            = aws_kms_key.state.arn
  expire_current_objects = false
  expire_after_days      = 90
}
