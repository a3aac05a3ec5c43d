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
mock_provider "aws" {
  alias = "replica"
  # Data sources the modules read: the mock's random strings are not the JSON and ARNs the
  # provider validates, so they get values of the right shape.
  mock_data "aws_iam_policy_document" {
    defaults = { json = "{\"Version\":\"2012-10-17\",\"Statement\":[]}" }
  }
  mock_data "aws_caller_identity" {
    defaults = { account_id = "111111111111", arn = "arn:aws:iam::111111111111:root" }
  }
  mock_data "aws_region" {
    defaults = { region = "ap-southeast-1", name = "ap-southeast-1" }
  }
  mock_data "aws_partition" {
    defaults = { partition = "aws" }
  }
  mock_resource "aws_lb" {
    defaults = { arn = "arn:aws:elasticloadbalancing:ap-southeast-1:111111111111:loadbalancer/net/test/0123456789abcdef" }
  }
  mock_resource "aws_lb_target_group" {
    defaults = { arn = "arn:aws:elasticloadbalancing:ap-southeast-1:111111111111:targetgroup/test/0123456789abcdef" }
  }
  mock_resource "aws_kms_key" {
    defaults = { arn = "arn:aws:kms:ap-southeast-1:111111111111:key/00000000-0000-0000-0000-000000000000" }
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
  environment                   = "staging"
  vpc_cidr                      = "10.20.0.0/16"
  availability_zones            = ["ap-south-1a", "ap-south-1b", "ap-south-1c"]
  nat_gateways                  = "single"
  object_lock_mode              = "GOVERNANCE"
  log_retention_days            = 14
  node_groups                   = { general = { instance_types = ["m6i.large"], min_size = 3, desired_size = 3, max_size = 6 } }
  zone_name                     = "staging.dhakacart.com.bd"
  hosts                         = ["staging.dhakacart.com.bd"]
  database_service_account      = { namespace = "dhakacart-staging", name = "dhakacart-db" }
  eks_addons                    = {}
  attach_nodes_to_load_balancer = false
}

run "names_follow_project_and_environment" {
  command = plan

  assert {
    condition     = module.data.database_backups_bucket.name == "dhakacart-staging-db-backups"
    error_message = "The database backups bucket must be <project>-<environment>-db-backups (the manifests expect it)."
  }
  assert {
    condition     = module.data.cluster_backups_bucket.name == "dhakacart-staging-cluster-backups"
    error_message = "The Velero bucket must be <project>-<environment>-cluster-backups."
  }
  assert {
    condition     = module.data.expire_after_days == 37
    error_message = "Lifecycle must expire backups a week after the retention."
  }
  assert {
    condition     = module.data.logs_bucket.name == "dhakacart-staging-logs"
    error_message = "The log bucket must be <project>-<environment>-logs."
  }
  assert {
    condition     = output.manifests.logs.retention_days == 14 && output.manifests.logs.expire_after_days == 21
    error_message = "The hand-over must carry the log retention, and lifecycle must expire logs a week after it."
  }
}

run "wrong_environment_name" {
  command = plan
  variables {
    environment = "prod"
  }
  expect_failures = [var.environment]
}
