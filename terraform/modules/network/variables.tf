variable "name" {
  description = "Name prefix of every resource, e.g. dhakacart-production."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{2,30}[a-z0-9]$", var.name))
    error_message = "name must be 4-32 lowercase letters, digits or hyphens, starting with a letter."
  }
}

variable "cidr" {
  description = "IPv4 range of the VPC, /16 to /20."
  type        = string

  validation {
    condition     = can(cidrhost(var.cidr, 0)) && try(tonumber(split("/", var.cidr)[1]) >= 16 && tonumber(split("/", var.cidr)[1]) <= 20, false)
    error_message = "cidr must be an IPv4 CIDR block from /16 to /20, such as 10.20.0.0/16."
  }
}

variable "availability_zones" {
  description = "The three availability zones the subnets span (one public and one private subnet each)."
  type        = list(string)

  validation {
    condition     = length(var.availability_zones) == 3 && length(distinct(var.availability_zones)) == 3
    error_message = "availability_zones must name exactly three different zones."
  }
}

variable "nat_gateways" {
  description = "\"per_zone\": one NAT gateway per zone, so losing a zone keeps the others' egress (production); \"single\": one for all zones (staging, cheaper)."
  type        = string
  default     = "per_zone"

  validation {
    condition     = contains(["per_zone", "single"], var.nat_gateways)
    error_message = "nat_gateways must be \"per_zone\" or \"single\"."
  }
}

variable "interface_endpoints" {
  description = "AWS services reached through interface VPC endpoints from the private subnets (S3 always has a gateway endpoint)."
  type        = list(string)
  default     = ["ecr.api", "ecr.dkr", "sts", "logs"]

  validation {
    condition     = alltrue([for s in var.interface_endpoints : can(regex("^[a-z0-9.-]+$", s))])
    error_message = "interface_endpoints must be service suffixes such as ecr.api or sts."
  }
}

variable "flow_log_retention_days" {
  description = "Days the VPC flow logs are kept in CloudWatch Logs."
  type        = number
  default     = 365

  validation {
    condition     = contains([1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653], var.flow_log_retention_days)
    error_message = "flow_log_retention_days must be a CloudWatch Logs retention, e.g. 30, 90 or 365."
  }
}

variable "cluster_name" {
  description = "EKS cluster the subnets are tagged for (load balancer discovery)."
  type        = string
}

variable "tags" {
  description = "Tags added to every resource."
  type        = map(string)
  default     = {}
}
