# Module logic with a mock provider: bad inputs are refused before anything is planned.
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
  vpc_id             = "vpc-0123456789abcdef0"
  vpc_cidr           = "10.20.0.0/16"
  subnet_ids         = ["subnet-a", "subnet-b", "subnet-c"]
  logs_kms_key_arn   = "arn:aws:kms:ap-south-1:111111111111:key/00000000-0000-0000-0000-000000000000"
  node_groups        = { general = { instance_types = ["m6i.large"], min_size = 3, desired_size = 3, max_size = 6 } }
  addons             = {}
  kubernetes_version = "1.35"
}

run "plans_a_private_cluster_with_irsa_for_the_ebs_driver" {
  command = plan

  assert {
    condition     = aws_eks_cluster.this.vpc_config[0].endpoint_public_access == false
    error_message = "The API endpoint must stay private without public_access_cidrs."
  }
  assert {
    condition     = contains(keys(aws_iam_role.workload), "ebs-csi-driver")
    error_message = "The EBS CSI driver needs its IRSA role."
  }
  assert {
    condition     = aws_eks_node_group.this["general"].scaling_config[0].max_size == 6
    error_message = "The node group's bounds must be the ones given."
  }
}

run "enforces_network_policies_in_the_vpc_cni" {
  command = plan
  variables {
    addons = { "vpc-cni" = null, "coredns" = null }
  }

  assert {
    condition     = jsondecode(aws_eks_addon.this["vpc-cni"].configuration_values).enableNetworkPolicy == "true"
    error_message = "The VPC CNI must enforce NetworkPolicies (enableNetworkPolicy), or every policy of the manifests does nothing."
  }
}

run "nodes_get_their_own_security_group_and_imdsv2_only" {
  command = apply

  assert {
    condition     = alltrue([for g in aws_eks_node_group.this : g.launch_template[0].id == aws_launch_template.node.id])
    error_message = "Every node group must launch from the module's launch template."
  }
  assert {
    condition     = contains(aws_launch_template.node.vpc_security_group_ids, aws_security_group.nodes.id) && output.node_security_group_id == aws_security_group.nodes.id
    error_message = "The nodes' own security group must be on the launch template and be the one handed to the edge rules."
  }
  assert {
    condition     = aws_launch_template.node.metadata_options[0].http_tokens == "required" && aws_launch_template.node.metadata_options[0].http_put_response_hop_limit == 1
    error_message = "Nodes must require IMDSv2 with a hop limit of 1, so pods cannot take the node role."
  }
}

run "node_group_minimum_above_its_maximum" {
  command = plan
  variables {
    node_groups = { general = { instance_types = ["m6i.large"], min_size = 7, desired_size = 7, max_size = 6 } }
  }
  expect_failures = [var.node_groups]
}

run "service_range_overlapping_the_vpc" {
  command = plan
  variables {
    service_ipv4_cidr = "10.20.128.0/20"
  }
  expect_failures = [var.service_ipv4_cidr]
}

run "vpc_inside_the_service_range" {
  command = plan
  variables {
    vpc_cidr          = "172.20.16.0/20"
    service_ipv4_cidr = "172.20.0.0/16"
  }
  expect_failures = [var.service_ipv4_cidr]
}

run "unsupported_kubernetes_version" {
  command = plan
  variables {
    kubernetes_version = "1.29"
  }
  expect_failures = [var.kubernetes_version]
}

run "api_open_to_the_whole_internet" {
  command = plan
  variables {
    public_access_cidrs = ["0.0.0.0/0"]
  }
  expect_failures = [var.public_access_cidrs]
}
