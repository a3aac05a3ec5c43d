output "vpc_id" {
  description = "ID of the VPC."
  value       = aws_vpc.this.id
}

output "vpc_cidr" {
  description = "IPv4 range of the VPC."
  value       = aws_vpc.this.cidr_block
}

output "public_subnet_ids" {
  description = "Public subnets (load balancers, NAT gateways), one per zone."
  value       = [for az in var.availability_zones : aws_subnet.public[az].id]
}

output "private_subnet_ids" {
  description = "Private subnets (nodes, pods, interface endpoints), one per zone."
  value       = [for az in var.availability_zones : aws_subnet.private[az].id]
}

output "nat_gateway_count" {
  description = "How many NAT gateways egress uses (3 with per_zone, 1 with single)."
  value       = length(aws_nat_gateway.this)
}

output "logs_kms_key_arn" {
  description = "KMS key for CloudWatch log groups of this environment (flow logs, EKS control plane)."
  value       = aws_kms_key.logs.arn
}
