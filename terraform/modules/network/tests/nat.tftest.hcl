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
  name               = "dhakacart-test"
  cidr               = "10.20.0.0/16"
  availability_zones = ["ap-south-1a", "ap-south-1b", "ap-south-1c"]
  cluster_name       = "dhakacart-test"
}

run "production_has_a_nat_gateway_per_zone" {
  command = plan
  variables {
    nat_gateways = "per_zone"
  }

  assert {
    condition     = output.nat_gateway_count == 3
    error_message = "per_zone must make one NAT gateway per zone."
  }
  assert {
    condition     = length(aws_subnet.private) == 3 && length(aws_subnet.public) == 3
    error_message = "Every zone needs a public and a private subnet."
  }
  assert {
    condition     = aws_subnet.private["ap-south-1a"].cidr_block == "10.20.0.0/18" && aws_subnet.public["ap-south-1c"].cidr_block == "10.20.200.0/22"
    error_message = "Subnet ranges must follow the documented split (/18 private, /22 public from the last quarter)."
  }
}

run "staging_shares_one_nat_gateway" {
  command = plan
  variables {
    nat_gateways = "single"
  }

  assert {
    condition     = output.nat_gateway_count == 1
    error_message = "single must make one NAT gateway."
  }
}

run "two_zones_only" {
  command = plan
  variables {
    availability_zones = ["ap-south-1a", "ap-south-1b"]
  }
  expect_failures = [var.availability_zones]
}

run "vpc_range_too_small" {
  command = plan
  variables {
    cidr = "10.20.0.0/24"
  }
  expect_failures = [var.cidr]
}
