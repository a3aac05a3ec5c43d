# Module logic with a mock provider: bad inputs are refused before anything is planned.
mock_provider "aws" {}

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
  assert {
    condition     = aws_eks_addon.this["coredns"].configuration_values == null
    error_message = "Other add-ons keep their default configuration."
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
