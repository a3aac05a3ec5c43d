locals {
  account_id     = "222222222222"
  region         = "ap-south-1"
  recovery       = "ap-southeast-1"
  emulated       = var.emulator_endpoint != null
  emulated_hosts = local.emulated ? [var.emulator_endpoint] : []
}

provider "aws" {
  region                      = local.region
  allowed_account_ids         = local.emulated ? null : [local.account_id]
  skip_credentials_validation = local.emulated
  skip_metadata_api_check     = local.emulated
  # Emulated, the provider asks no account id (so allowed_account_ids cannot apply) and reads
  # bucket tags with GetBucketTagging, not S3 Control, whose
  # account-prefixed host cannot reach a loopback address.
  skip_requesting_account_id = local.emulated
  s3_use_path_style          = local.emulated

  dynamic "endpoints" {
    for_each = local.emulated_hosts
    content {
      autoscaling = endpoints.value
      cloudwatch  = endpoints.value
      ec2         = endpoints.value
      eks         = endpoints.value
      elbv2       = endpoints.value
      iam         = endpoints.value
      kms         = endpoints.value
      logs        = endpoints.value
      route53     = endpoints.value
      s3          = endpoints.value
      sts         = endpoints.value
    }
  }
}

provider "aws" {
  alias                       = "recovery"
  region                      = local.recovery
  allowed_account_ids         = local.emulated ? null : [local.account_id]
  skip_credentials_validation = local.emulated
  skip_metadata_api_check     = local.emulated
  # Emulated, the provider asks no account id (so allowed_account_ids cannot apply) and reads
  # bucket tags with GetBucketTagging, not S3 Control, whose
  # account-prefixed host cannot reach a loopback address.
  skip_requesting_account_id = local.emulated
  s3_use_path_style          = local.emulated

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
