variable "project" {
  description = "Project name, the first part of every resource name."
  type        = string
  default     = "dhakacart"

  validation {
    condition     = can(regex("^[a-z][a-z0-9]{2,11}$", var.project))
    error_message = "project must be 3-12 lowercase letters or digits, starting with a letter."
  }
}

variable "environment" {
  description = "Environment this root builds: staging or production (the manifests know only these two)."
  type        = string

  validation {
    condition     = contains(["staging", "production"], var.environment)
    error_message = "environment must be \"staging\" or \"production\"."
  }
}

variable "vpc_cidr" {
  description = "IPv4 range of the environment's VPC."
  type        = string
}

variable "service_ipv4_cidr" {
  description = "IPv4 range of Kubernetes Services (must not overlap vpc_cidr)."
  type        = string
  default     = "172.20.0.0/16"
}

variable "availability_zones" {
  description = "Three availability zones of the region."
  type        = list(string)
}

variable "nat_gateways" {
  description = "per_zone (production) or single (staging); see the network module."
  type        = string
}

variable "kubernetes_version" {
  description = "EKS Kubernetes minor version."
  type        = string
  default     = "1.35"
}

variable "node_groups" {
  description = "Managed node groups and their autoscaling bounds (docs/capacity-planning.md)."
  type = map(object({
    instance_types = list(string)
    min_size       = number
    max_size       = number
    desired_size   = number
    capacity_type  = optional(string, "ON_DEMAND")
    labels         = optional(map(string), {})
  }))
}

variable "public_access_cidrs" {
  description = "Addresses allowed to the Kubernetes API from the internet; empty keeps it private."
  type        = list(string)
  default     = []
}

variable "admin_role_arns" {
  description = "IAM roles with cluster admin through EKS access entries."
  type        = list(string)
  default     = []
}

variable "eks_addons" {
  description = "EKS add-ons (name => version or null); null selects this default."
  type        = map(string)
  nullable    = false
  default = {
    "vpc-cni"            = null
    "coredns"            = null
    "kube-proxy"         = null
    "aws-ebs-csi-driver" = null
  }
}

variable "attach_nodes_to_load_balancer" {
  description = "Register the node groups' Auto Scaling groups as load balancer targets."
  type        = bool
  default     = true
}

variable "backup_retention_days" {
  description = "Days backups are kept (Object Lock on the database backups, lifecycle a week later); at least the manifests' retentionDays and veleroTtlDays."
  type        = number
  default     = 30
}

variable "log_retention_days" {
  description = "Days Loki keeps logs: the one source of that number, handed to the manifests (Loki's retention_period) and to the log bucket's lifecycle (a week later)."
  type        = number
}

variable "object_lock_mode" {
  description = "Object Lock mode of the database backups (GOVERNANCE or COMPLIANCE)."
  type        = string
}

variable "zone_name" {
  description = "Route 53 hosted zone this environment owns."
  type        = string
}

variable "hosts" {
  description = "Host names of this environment pointed at its load balancer."
  type        = list(string)
}

variable "gateway_node_ports" {
  description = "Node ports of this environment's Gateway that the load balancer forwards 80 and 443 to. Different per environment, so two environments can share a cluster."
  type = object({
    http  = number
    https = number
  })
  default = { http = 30080, https = 30443 }

  validation {
    condition     = alltrue([for p in values(var.gateway_node_ports) : p >= 30000 && p <= 32767]) && var.gateway_node_ports.http != var.gateway_node_ports.https
    error_message = "gateway_node_ports.http and gateway_node_ports.https must be two different ports in Kubernetes' NodePort range 30000-32767."
  }
}

variable "database_service_account" {
  description = "Kubernetes service account of the PostgreSQL pods (CloudNativePG names it after the Cluster), which writes the backups."
  type        = object({ namespace = string, name = string })
}

variable "velero_service_account" {
  description = "Kubernetes service account of the Velero server."
  type        = object({ namespace = string, name = string })
  default     = { namespace = "velero", name = "velero-server" }
}

variable "loki_service_account" {
  description = "Kubernetes service account of Loki (the chart names it after the release), which reads and writes the log bucket."
  type        = object({ namespace = string, name = string })
  default     = { namespace = "monitoring", name = "loki" }
}

variable "tags" {
  description = "Tags added to every resource, beside project and environment."
  type        = map(string)
  default     = {}
}
