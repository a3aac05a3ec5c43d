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
