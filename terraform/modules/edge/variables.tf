variable "name" {
  description = "Prefix of the load balancer, target groups and security groups, e.g. dhakacart-production."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{2,20}[a-z0-9]$", var.name))
    error_message = "name must be 4-22 lowercase letters, digits or hyphens (load balancer names are limited to 32 characters with suffixes)."
  }
}

variable "vpc_id" {
  description = "VPC of the load balancer and the nodes."
  type        = string
}

variable "public_subnet_ids" {
  description = "Public subnets of the load balancer, one per zone."
  type        = list(string)
}

variable "node_security_group_id" {
  description = "Security group of the nodes; gets an ingress rule from the load balancer on the gateway's node ports only."
  type        = string
}

variable "node_autoscaling_groups" {
  description = "Auto Scaling groups of the nodes by node group (keys known at plan time), registered as load balancer targets."
  type        = map(string)
  default     = {}
}

variable "gateway_node_ports" {
  description = "Node ports of the Gateway's Service (NGINX Gateway Fabric) that the load balancer forwards 80 and 443 to."
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

variable "zone_name" {
  description = "Route 53 public hosted zone of the shop, e.g. dhakacart.com.bd."
  type        = string

  validation {
    condition     = can(regex("^([a-z0-9]([-a-z0-9]*[a-z0-9])?\\.)+[a-z]{2,}$", var.zone_name))
    error_message = "zone_name must be a fully qualified domain name such as dhakacart.com.bd."
  }
}

variable "create_zone" {
  description = "Create the hosted zone (true for the environment that owns the domain) or look it up (false)."
  type        = bool
  default     = true
}

variable "hosts" {
  description = "Host names pointed at the load balancer, inside zone_name (the shop, Argo CD)."
  type        = list(string)

  validation {
    condition     = length(var.hosts) > 0 && alltrue([for h in var.hosts : endswith(h, ".${var.zone_name}") || h == var.zone_name])
    error_message = "hosts must be non-empty and every host must lie inside zone_name."
  }
}

variable "tags" {
  description = "Tags added to every resource."
  type        = map(string)
  default     = {}
}
