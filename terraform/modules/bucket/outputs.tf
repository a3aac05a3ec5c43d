output "name" {
  description = "Name of the bucket."
  value       = aws_s3_bucket.this.bucket
}

output "arn" {
  description = "ARN of the bucket."
  value       = aws_s3_bucket.this.arn
}

output "expire_after_days" {
  description = "Days after which lifecycle expires objects."
  value       = var.expire_after_days
}
