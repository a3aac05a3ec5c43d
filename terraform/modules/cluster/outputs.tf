output "name" {
  description = "Name of the EKS cluster."
  value       = aws_eks_cluster.this.name
}

output "endpoint" {
  description = "Kubernetes API endpoint (private unless public_access_cidrs is set)."
  value       = aws_eks_cluster.this.endpoint
}

output "kubernetes_version" {
  description = "Kubernetes minor version of the control plane."
  value       = aws_eks_cluster.this.version
}

output "oidc_provider_arn" {
  description = "IAM OIDC provider of the cluster (IRSA)."
  value       = aws_iam_openid_connect_provider.this.arn
}

output "node_security_group_id" {
  description = "The nodes' own security group (beside the cluster security group), for rules that reach the nodes."
  value       = aws_security_group.nodes.id
}

output "node_groups" {
  description = "Autoscaling bounds of each managed node group."
  value       = { for k, g in aws_eks_node_group.this : k => { min_size = g.scaling_config[0].min_size, max_size = g.scaling_config[0].max_size } }
}

output "node_autoscaling_groups" {
  description = "The Auto Scaling group behind each managed node group, by group (load balancer targets); keys are known at plan time."
  value       = { for k, g in aws_eks_node_group.this : k => g.resources[0].autoscaling_groups[0].name }
}

output "workload_identities" {
  description = "IRSA roles: key => role ARN and the service account that may assume it."
  value = { for k, w in local.workload_identities : k => {
    role_arn        = aws_iam_role.workload[k].arn
    namespace       = w.namespace
    service_account = w.service_account
  } }
}
