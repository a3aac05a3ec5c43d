output "database_backups_bucket" {
  description = "Bucket of the database backups, with its ARN."
  value       = { name = module.primary["database"].name, arn = module.primary["database"].arn }
}

output "cluster_backups_bucket" {
  description = "Bucket of the Velero backups, with its ARN."
  value       = { name = module.primary["cluster"].name, arn = module.primary["cluster"].arn }
}

output "replica_buckets" {
  description = "Replicas in the recovery region, by purpose (database, cluster)."
  value       = { for k, b in module.replica : k => b.name }
}

output "replica_region" {
  description = "Region the backups replicate to."
  value       = data.aws_region.replica.region
}

output "kms_key_arn" {
  description = "KMS key encrypting the backups in the primary region."
  value       = aws_kms_key.backups.arn
}

output "expire_after_days" {
  description = "Days after which lifecycle expires backup objects (retention_days + 7)."
  value       = local.expire_after_days
}

output "logs_bucket" {
  description = "Bucket of Loki's chunks and index, with its ARN."
  value       = { name = module.logs.name, arn = module.logs.arn }
}

output "logs_kms_key_arn" {
  description = "KMS key encrypting the log bucket."
  value       = aws_kms_key.logs.arn
}

output "log_retention_days" {
  description = "Days Loki keeps logs."
  value       = var.log_retention_days
}

output "logs_expire_after_days" {
  description = "Days after which lifecycle expires log objects (log_retention_days + 7)."
  value       = local.logs_expire_after_days
}
