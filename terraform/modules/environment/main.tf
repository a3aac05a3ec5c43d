# One environment: network, cluster, data and edge wired together, the IRSA policies, and the `manifests`
# output the Kubernetes manifests take their buckets, roles and region from.
data "aws_region" "current" {}
data "aws_caller_identity" "current" {}

locals {
  name = "${var.project}-${var.environment}"
  tags = merge(var.tags, { Project = var.project, Environment = var.environment, ManagedBy = "terraform" })
}

module "network" {
  source             = "../network"
  name               = local.name
  cidr               = var.vpc_cidr
  availability_zones = var.availability_zones
  nat_gateways       = var.nat_gateways
  cluster_name       = local.name
  tags               = local.tags
}

module "data" {
  source                  = "../data"
  providers               = { aws = aws, aws.replica = aws.replica }
  name                    = local.name
  database_backups_bucket = "${local.name}-db-backups"
  cluster_backups_bucket  = "${local.name}-cluster-backups"
  retention_days          = var.backup_retention_days
  logs_bucket             = "${local.name}-logs"
  log_retention_days      = var.log_retention_days
  object_lock_mode        = var.object_lock_mode
  tags                    = local.tags
}

module "cluster" {
  source              = "../cluster"
  name                = local.name
  kubernetes_version  = var.kubernetes_version
  vpc_id              = module.network.vpc_id
  vpc_cidr            = module.network.vpc_cidr
  subnet_ids          = module.network.private_subnet_ids
  service_ipv4_cidr   = var.service_ipv4_cidr
  node_groups         = var.node_groups
  public_access_cidrs = var.public_access_cidrs
  admin_role_arns     = var.admin_role_arns
  addons              = var.eks_addons
  logs_kms_key_arn    = module.network.logs_kms_key_arn
  tags                = local.tags

  workload_identities = {
    "db-backup" = {
      namespace       = var.database_service_account.namespace
      service_account = var.database_service_account.name
      policy_json     = data.aws_iam_policy_document.database_backups.json
    }
    "velero" = {
      namespace       = var.velero_service_account.namespace
      service_account = var.velero_service_account.name
      policy_json     = data.aws_iam_policy_document.velero.json
    }
    "loki" = {
      namespace       = var.loki_service_account.namespace
      service_account = var.loki_service_account.name
      policy_json     = data.aws_iam_policy_document.loki.json
    }
    "cluster-autoscaler" = {
      namespace       = "kube-system"
      service_account = "cluster-autoscaler"
      policy_json     = data.aws_iam_policy_document.cluster_autoscaler.json
    }
  }
}

module "edge" {
  source                  = "../edge"
  name                    = local.name
  vpc_id                  = module.network.vpc_id
  public_subnet_ids       = module.network.public_subnet_ids
  node_security_group_id  = module.cluster.node_security_group_id
  node_autoscaling_groups = var.attach_nodes_to_load_balancer ? module.cluster.node_autoscaling_groups : {}
  zone_name               = var.zone_name
  hosts                   = var.hosts
  gateway_node_ports      = var.gateway_node_ports
  tags                    = local.tags
}
