output "manifests" {
  description = "Hand-over to manifests-src/src/config/infrastructure.json (npm run infra:config)."
  value       = module.environment.manifests
}

output "cluster" {
  description = "EKS cluster name, endpoint, version and node-group bounds."
  value       = module.environment.cluster
}

output "network" {
  description = "VPC, subnets and NAT gateway count."
  value       = module.environment.network
}

output "dns" {
  description = "Hosted zone, name servers and the load balancer's DNS name."
  value       = module.environment.dns
}

output "backup_replicas" {
  description = "Replica buckets in the recovery region."
  value       = module.environment.backup_replicas
}
