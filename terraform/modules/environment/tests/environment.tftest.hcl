mock_provider "aws" {}
mock_provider "aws" {
  alias = "replica"
}

variables {
  environment                   = "staging"
  vpc_cidr                      = "10.20.0.0/16"
  availability_zones            = ["ap-south-1a", "ap-south-1b", "ap-south-1c"]
  nat_gateways                  = "single"
  object_lock_mode              = "GOVERNANCE"
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
}

run "wrong_environment_name" {
  command = plan
  variables {
    environment = "prod"
  }
  expect_failures = [var.environment]
}
