output "load_balancer_dns_name" {
  description = "DNS name of the Network Load Balancer."
  value       = aws_lb.this.dns_name
}

output "zone_id" {
  description = "Route 53 hosted zone of the shop."
  value       = local.zone_id
}

output "name_servers" {
  description = "Name servers to delegate zone_name to at the registrar (empty when the zone is looked up)."
  value       = var.create_zone ? aws_route53_zone.this[0].name_servers : []
}

output "gateway_node_ports" {
  description = "Node ports the Gateway's Service must use (the load balancer forwards to them)."
  value       = var.gateway_node_ports
}

output "hosts" {
  description = "Host names pointed at the load balancer."
  value       = sort(var.hosts)
}
