mock_provider "aws" {
  # Data sources the modules read: the mock's random strings are not the JSON and ARNs the
  # provider validates, so they get values of the right shape.
  mock_data "aws_iam_policy_document" {
    defaults = { json = "{\"Version\":\"2012-10-17\",\"Statement\":[]}" }
  }
  mock_data "aws_caller_identity" {
    defaults = { account_id = "111111111111", arn = "arn:aws:iam::111111111111:root" }
  }
  mock_data "aws_region" {
    defaults = { region = "ap-south-1", name = "ap-south-1" }
  }
  mock_data "aws_partition" {
    defaults = { partition = "aws" }
  }
  mock_resource "aws_lb" {
    defaults = { arn = "arn:aws:elasticloadbalancing:ap-south-1:111111111111:loadbalancer/net/test/0123456789abcdef" }
  }
  mock_resource "aws_lb_target_group" {
    defaults = { arn = "arn:aws:elasticloadbalancing:ap-south-1:111111111111:targetgroup/test/0123456789abcdef" }
  }
  mock_resource "aws_kms_key" {
    defaults = { arn = "arn:aws:kms:ap-south-1:111111111111:key/00000000-0000-0000-0000-000000000000" }
  }
  mock_resource "aws_iam_role" {
    defaults = { arn = "arn:aws:iam::111111111111:role/test" }
  }
  mock_resource "aws_s3_bucket" {
    defaults = { arn = "arn:aws:s3:::test-bucket" }
  }
  mock_resource "aws_cloudwatch_log_group" {
    defaults = { arn = "arn:aws:logs:ap-south-1:111111111111:log-group:test" }
  }
  mock_resource "aws_eks_cluster" {
    defaults = { identity = [{ oidc = [{ issuer = "https://oidc.eks.ap-south-1.amazonaws.com/id/TEST" }] }] }
  }
  mock_resource "aws_eks_node_group" {
    defaults = { resources = [{ autoscaling_groups = [{ name = "eks-test" }], remote_access_security_group_id = "" }] }
  }
  mock_resource "aws_launch_template" {
    defaults = { id = "lt-0123456789abcdef0" }
  }
}

variables {
  name              = "dhakacart-test-backups"
  kms_key_arn       = "arn:aws:kms:ap-south-1:111111111111:key/00000000-0000-0000-0000-000000000000"
  expire_after_days = 37
  object_lock       = { mode = "COMPLIANCE", days = 30 }
}

run "plans_a_locked_versioned_encrypted_bucket" {
  command = plan

  assert {
    condition     = aws_s3_bucket.this.object_lock_enabled
    error_message = "Object Lock must be enabled when object_lock is given."
  }
  assert {
    condition     = aws_s3_bucket_versioning.this.versioning_configuration[0].status == "Enabled"
    error_message = "Versioning must be on."
  }
  assert {
    condition     = aws_s3_bucket_public_access_block.this.restrict_public_buckets && aws_s3_bucket_public_access_block.this.block_public_policy
    error_message = "Public access must be blocked."
  }
  assert {
    condition     = one(one(aws_s3_bucket_server_side_encryption_configuration.this.rule).apply_server_side_encryption_by_default).sse_algorithm == "aws:kms"
    error_message = "Default encryption must be KMS."
  }
}

run "bucket_name_with_capitals_and_underscores" {
  command = plan
  variables {
    name = "DhakaCart_Backups"
  }
  expect_failures = [var.name]
}

run "bucket_name_shaped_like_an_ip_address" {
  command = plan
  variables {
    name = "192.168.10.20"
  }
  expect_failures = [var.name]
}

run "bucket_name_with_a_reserved_suffix" {
  command = plan
  variables {
    name = "dhakacart-backups-s3alias"
  }
  expect_failures = [var.name]
}

run "expiry_before_the_move_to_colder_storage" {
  command = plan
  variables {
    expire_after_days = 20
  }
  expect_failures = [var.expire_after_days]
}

run "log_bucket_stays_in_standard_storage" {
  command = plan
  variables {
    object_lock               = null
    colder_storage_after_days = null
    expire_after_days         = 21
  }

  assert {
    condition     = length(one(aws_s3_bucket_lifecycle_configuration.this.rule).transition) == 0
    error_message = "No transition to STANDARD_IA when colder_storage_after_days is null."
  }
  assert {
    condition     = one(one(aws_s3_bucket_lifecycle_configuration.this.rule).expiration).days == 21
    error_message = "Current objects expire after expire_after_days."
  }
}
