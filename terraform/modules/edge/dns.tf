resource "aws_route53_zone" "this" {
  #checkov:skip=CKV2_AWS_38:DNSSEC needs a us-east-1 KMS key and a DS record at the .bd registrar; planned, not yet done (docs/adr/0111-aws-infrastructure.md).
  #checkov:skip=CKV2_AWS_39:Query logs of a public zone need a us-east-1 log group; its records are public aliases of the load balancer.
  count   = var.create_zone ? 1 : 0
  name    = var.zone_name
  comment = "DhakaCart shop"
  tags    = var.tags
}

data "aws_route53_zone" "this" {
  count        = var.create_zone ? 0 : 1
  name         = var.zone_name
  private_zone = false
}

locals {
  zone_id = var.create_zone ? aws_route53_zone.this[0].zone_id : data.aws_route53_zone.this[0].zone_id
}

resource "aws_route53_record" "hosts" {
  for_each = toset(var.hosts)
  zone_id  = local.zone_id
  name     = each.value
  type     = "A"

  alias {
    name                   = aws_lb.this.dns_name
    zone_id                = aws_lb.this.zone_id
    evaluate_target_health = true
  }
}
