mock_provider "aws" {}

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
