# A Network Load Balancer passes TCP through to the Gateway, which terminates TLS with cert-manager's
# certificates (HTTP-01 needs port 80 to reach it too). Why no WAF: docs/adr/0111-aws-infrastructure.md.
resource "aws_security_group" "lb" {
  name        = "${var.name}-lb"
  description = "Internet to the shop's load balancer on 80 and 443"
  vpc_id      = var.vpc_id
  tags        = merge(var.tags, { Name = "${var.name}-lb" })
}

# A public shop: 80 and 443 are open to the internet on purpose.
#trivy:ignore:AVD-AWS-0107
resource "aws_vpc_security_group_ingress_rule" "lb" {
  #checkov:skip=CKV_AWS_260:A public shop: port 80 must be open for Let's Encrypt HTTP-01 and the Gateway's redirect to HTTPS.
  for_each          = { http = 80, https = 443 }
  security_group_id = aws_security_group.lb.id
  description       = "${upper(each.key)} from the internet"
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "tcp"
  from_port         = each.value
  to_port           = each.value
}

resource "aws_vpc_security_group_egress_rule" "lb_to_nodes" {
  for_each                     = var.gateway_node_ports
  security_group_id            = aws_security_group.lb.id
  description                  = "To the Gateway's ${each.key} node port"
  referenced_security_group_id = var.node_security_group_id
  ip_protocol                  = "tcp"
  from_port                    = each.value
  to_port                      = each.value
}

resource "aws_vpc_security_group_ingress_rule" "nodes_from_lb" {
  for_each                     = var.gateway_node_ports
  security_group_id            = var.node_security_group_id
  description                  = "Load balancer to the Gateway's ${each.key} node port"
  referenced_security_group_id = aws_security_group.lb.id
  ip_protocol                  = "tcp"
  from_port                    = each.value
  to_port                      = each.value
}

# The shop's load balancer is internet-facing on purpose.
#trivy:ignore:AVD-AWS-0053
resource "aws_lb" "this" {
  #checkov:skip=CKV_AWS_91:NLB access logs exist only for TLS listeners; these are TCP pass-through, the Gateway logs every request.
  #checkov:skip=CKV2_AWS_20:A TCP load balancer cannot redirect; the Gateway redirects HTTP to HTTPS.
  name                             = var.name
  load_balancer_type               = "network"
  internal                         = false
  subnets                          = var.public_subnet_ids
  security_groups                  = [aws_security_group.lb.id]
  enable_cross_zone_load_balancing = true
  enable_deletion_protection       = true
  tags                             = var.tags
}

resource "aws_lb_target_group" "gateway" {
  for_each    = var.gateway_node_ports
  name        = "${var.name}-${each.key}"
  port        = each.value
  protocol    = "TCP"
  target_type = "instance"
  vpc_id      = var.vpc_id
  # Let a draining node finish its connections (the Gateway's preStop delay is shorter).
  deregistration_delay = 30

  health_check {
    protocol = "TCP"
    port     = "traffic-port"
  }
  tags = var.tags
}

resource "aws_lb_listener" "gateway" {
  for_each          = { http = 80, https = 443 }
  load_balancer_arn = aws_lb.this.arn
  port              = each.value
  protocol          = "TCP"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.gateway[each.key].arn
  }
  tags = var.tags
}

resource "aws_autoscaling_attachment" "gateway" {
  #checkov:skip=CKV2_AWS_15:EKS owns the node groups' Auto Scaling groups and their health checks; the load balancer health-checks the node port itself.
  # Keyed by node group and port, both known at plan time; the group's name is only known after apply.
  for_each               = { for pair in setproduct(keys(var.node_autoscaling_groups), keys(var.gateway_node_ports)) : "${pair[0]}/${pair[1]}" => pair }
  autoscaling_group_name = var.node_autoscaling_groups[each.value[0]]
  lb_target_group_arn    = aws_lb_target_group.gateway[each.value[1]].arn
}
