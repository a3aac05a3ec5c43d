output "manifests" {
  description = "What the Kubernetes manifests need from this environment: the hand-over to manifests-src/src/config/infrastructure.json (npm run infra:config)."
  value = {
    environment  = var.environment
    account_id   = data.aws_caller_identity.current.account_id
    region       = data.aws_region.current.region
    cluster_name = module.cluster.name
    zone_name    = var.zone_name
    hosts        = module.edge.hosts
    database_backups = {
      bucket            = module.data.database_backups_bucket.name
      role_arn          = module.cluster.workload_identities["db-backup"].role_arn
      namespace         = module.cluster.workload_identities["db-backup"].namespace
      service_account   = module.cluster.workload_identities["db-backup"].service_account
      expire_after_days = module.data.expire_after_days
    }
    cluster_backups = {
      bucket            = module.data.cluster_backups_bucket.name
      role_arn          = module.cluster.workload_identities["velero"].role_arn
      namespace         = module.cluster.workload_identities["velero"].namespace
      service_account   = module.cluster.workload_identities["velero"].service_account
      expire_after_days = module.data.expire_after_days
    }
    cluster_autoscaler = {
      role_arn        = module.cluster.workload_identities["cluster-autoscaler"].role_arn
      namespace       = module.cluster.workload_identities["cluster-autoscaler"].namespace
      service_account = module.cluster.workload_identities["cluster-autoscaler"].service_account
    }
    logs = {
      bucket            = module.data.logs_bucket.name
      role_arn          = module.cluster.workload_identities["loki"].role_arn
      namespace         = module.cluster.workload_identities["loki"].namespace
      service_account   = module.cluster.workload_identities["loki"].service_account
      retention_days    = module.data.log_retention_days
      expire_after_days = module.data.logs_expire_after_days
    }
    gateway_node_ports = module.edge.gateway_node_ports
  }
}

output "cluster" {
  description = "EKS cluster name, endpoint, version and node-group bounds."
  value = {
    name               = module.cluster.name
    endpoint           = module.cluster.endpoint
    kubernetes_version = module.cluster.kubernetes_version
    node_groups        = module.cluster.node_groups
  }
}

output "network" {
  description = "VPC, subnets and NAT gateway count."
  value = {
    vpc_id             = module.network.vpc_id
    public_subnet_ids  = module.network.public_subnet_ids
    private_subnet_ids = module.network.private_subnet_ids
    nat_gateway_count  = module.network.nat_gateway_count
  }
}

output "dns" {
  description = "Hosted zone, its name servers (delegate at the registrar) and the load balancer's DNS name."
  value = {
    zone_id                = module.edge.zone_id
    name_servers           = module.edge.name_servers
    load_balancer_dns_name = module.edge.load_balancer_dns_name
  }
}

output "backup_replicas" {
  description = "Replica buckets in the recovery region and that region."
  value       = { region = module.data.replica_region, buckets = module.data.replica_buckets }
}
