# Production: NAT per zone, COMPLIANCE Object Lock, node bounds from docs/capacity-planning.md
# (about 14 nodes of 4 vCPU at peak, 6-8 off-peak; max 18 leaves room for a canary's extra pods).
module "environment" {
  source    = "../../modules/environment"
  providers = { aws = aws, aws.replica = aws.recovery }

  environment        = "production"
  vpc_cidr           = "10.10.0.0/16"
  availability_zones = ["${local.region}a", "${local.region}b", "${local.region}c"]
  nat_gateways       = "per_zone"
  object_lock_mode   = "COMPLIANCE"
  # Days Loki keeps logs (the manifests take it from the hand-over; lifecycle expires a week later).
  log_retention_days = 31

  node_groups = {
    general = { instance_types = ["m6i.xlarge"], min_size = 6, desired_size = 6, max_size = 18 }
  }

  zone_name = "dhakacart.com.bd"
  hosts     = ["shop.dhakacart.com.bd", "argocd.dhakacart.com.bd"]

  database_service_account = { namespace = "dhakacart", name = "dhakacart-db" }

  eks_addons                    = local.emulated ? {} : null
  attach_nodes_to_load_balancer = !local.emulated
}
