variable "name" {
  description = "Name of the EKS cluster and prefix of its resources, e.g. dhakacart-production."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{2,30}[a-z0-9]$", var.name))
    error_message = "name must be 4-32 lowercase letters, digits or hyphens, starting with a letter."
  }
}

variable "kubernetes_version" {
  description = "EKS Kubernetes minor version. The manifests use the 1.33 APIs (cdk8s-plus-33), which later versions serve."
  type        = string
  default     = "1.35"

  validation {
    condition     = can(regex("^1\\.(3[3-9])$", var.kubernetes_version))
    error_message = "kubernetes_version must be an EKS minor version from 1.33 on, such as 1.35."
  }
}

variable "vpc_id" {
  description = "VPC the cluster and its nodes run in."
  type        = string
}

variable "vpc_cidr" {
  description = "IPv4 range of the VPC (the service range must not overlap it)."
  type        = string

  validation {
    condition     = can(cidrhost(var.vpc_cidr, 0))
    error_message = "vpc_cidr must be an IPv4 CIDR block."
  }
}

variable "subnet_ids" {
  description = "Private subnets, one per availability zone, for the control-plane interfaces and the nodes."
  type        = list(string)

  validation {
    condition     = length(var.subnet_ids) >= 2
    error_message = "subnet_ids must list at least two subnets in different zones (EKS requires two)."
  }
}

variable "service_ipv4_cidr" {
  description = "IPv4 range of Kubernetes Services; must not overlap the VPC."
  type        = string
  default     = "172.20.0.0/16"

  validation {
    condition     = can(cidrhost(var.service_ipv4_cidr, 0))
    error_message = "service_ipv4_cidr must be an IPv4 CIDR block."
  }

  # Two ranges overlap when their network addresses agree at the shorter prefix of the two.
  validation {
    condition = !can(cidrhost(var.service_ipv4_cidr, 0)) || !can(cidrhost(var.vpc_cidr, 0)) || (
      cidrhost("${split("/", var.service_ipv4_cidr)[0]}/${min(tonumber(split("/", var.service_ipv4_cidr)[1]), tonumber(split("/", var.vpc_cidr)[1]))}", 0) !=
      cidrhost("${split("/", var.vpc_cidr)[0]}/${min(tonumber(split("/", var.service_ipv4_cidr)[1]), tonumber(split("/", var.vpc_cidr)[1]))}", 0)
    )
    error_message = "service_ipv4_cidr overlaps vpc_cidr: pick a Service range outside the VPC, such as 172.20.0.0/16."
  }
}

variable "node_groups" {
  description = "Managed node groups, each spread over all subnets; the cluster autoscaler moves desired_size between min_size and max_size."
  type = map(object({
    instance_types = list(string)
    min_size       = number
    max_size       = number
    desired_size   = number
    capacity_type  = optional(string, "ON_DEMAND")
    labels         = optional(map(string), {})
  }))

  validation {
    condition     = length(var.node_groups) > 0
    error_message = "node_groups must define at least one node group."
  }

  validation {
    condition     = alltrue([for g in values(var.node_groups) : g.min_size <= g.max_size])
    error_message = "node_groups: min_size must not exceed max_size (in ${join(", ", [for k, g in var.node_groups : "${k}: min_size ${g.min_size} > max_size ${g.max_size}" if g.min_size > g.max_size])})."
  }

  validation {
    condition     = alltrue([for g in values(var.node_groups) : g.desired_size >= g.min_size && g.desired_size <= g.max_size])
    error_message = "node_groups: desired_size must lie between min_size and max_size."
  }

  validation {
    condition     = alltrue([for g in values(var.node_groups) : g.min_size >= 1 && g.max_size <= 100])
    error_message = "node_groups: min_size must be at least 1 and max_size at most 100."
  }

  validation {
    condition     = alltrue([for g in values(var.node_groups) : contains(["ON_DEMAND", "SPOT"], g.capacity_type)])
    error_message = "node_groups: capacity_type must be ON_DEMAND or SPOT."
  }
}

variable "public_access_cidrs" {
  description = "Addresses allowed to reach the API endpoint from the internet; empty (the default) keeps the endpoint private. See docs/deployment-guide.md for the admin path."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for c in var.public_access_cidrs : can(cidrhost(c, 0)) && c != "0.0.0.0/0"])
    error_message = "public_access_cidrs must be CIDR blocks and never 0.0.0.0/0."
  }
}

variable "admin_role_arns" {
  description = "IAM roles granted cluster admin through EKS access entries (break-glass and the platform team)."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for a in var.admin_role_arns : can(regex("^arn:aws[a-z-]*:iam::\\d{12}:role/", a))])
    error_message = "admin_role_arns must be IAM role ARNs."
  }
}

variable "addons" {
  description = "EKS add-ons to install (name => version, or null for the default version for the cluster)."
  type        = map(string)
  default = {
    "vpc-cni"            = null
    "coredns"            = null
    "kube-proxy"         = null
    "aws-ebs-csi-driver" = null
  }
}

variable "logs_kms_key_arn" {
  description = "KMS key of the control-plane log group."
  type        = string
}

variable "log_retention_days" {
  description = "Days control-plane logs are kept."
  type        = number
  default     = 365
}

variable "workload_identities" {
  description = "IAM roles pods assume through IRSA: key => the service account allowed to assume it and the role's inline policy."
  type = map(object({
    namespace       = string
    service_account = string
    policy_json     = string
  }))
  default = {}

  validation {
    condition = alltrue([for w in values(var.workload_identities) :
    can(regex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", w.namespace)) && can(regex("^[a-z0-9]([-.a-z0-9]*[a-z0-9])?$", w.service_account))])
    error_message = "workload_identities: namespace and service_account must be Kubernetes names (DNS-1123)."
  }
}

variable "tags" {
  description = "Tags added to every resource."
  type        = map(string)
  default     = {}
}
