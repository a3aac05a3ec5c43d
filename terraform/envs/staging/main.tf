# Staging: the same shape as production, smaller: one NAT gateway, GOVERNANCE Object Lock
# (privileged users may delete early), one node per zone up to six.
module "environment" {
  source    = "../../modules/environment"
  providers = { aws = aws, aws.replica = aws.recovery }

  environment        = "staging"
  vpc_cidr           = "10.20.0.0/16"
  availability_zones = ["${local.region}a", "${local.region}b", "${local.region}c"]
  nat_gateways       = "single"
  object_lock_mode   = "GOVERNANCE"
  # Days Loki keeps logs (the manifests take it from the hand-over; lifecycle expires a week later).
  log_retention_days = 14

  node_groups = {
    general = { instance_types = ["m6i.large"], min_size = 3, desired_size = 3, max_size = 6 }
  }

  zone_name = "staging.dhakacart.com.bd"
  hosts     = ["staging.dhakacart.com.bd", "argocd.staging.dhakacart.com.bd"]
  # Not production's 30080/30443: the manifests refuse two environments on one node port.
  gateway_node_ports = { http = 31080, https = 31443 }

  database_service_account = { namespace = "dhakacart-staging", name = "dhakacart-db" }

  eks_addons                    = local.emulated ? {} : null
  attach_nodes_to_load_balancer = !local.emulated
}
