data "aws_iam_policy_document" "node_assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["ec2.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "node" {
  name               = "${var.name}-node"
  assume_role_policy = data.aws_iam_policy_document.node_assume.json
  tags               = var.tags
}

resource "aws_iam_role_policy_attachment" "node" {
  for_each   = toset(["AmazonEKSWorkerNodePolicy", "AmazonEKS_CNI_Policy", "AmazonEC2ContainerRegistryReadOnly"])
  role       = aws_iam_role.node.name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/${each.key}"
}

# Each group spans every private subnet, so the autoscaler can add nodes in any zone and the
# scheduler's zone spread holds. Managed node groups tag their Auto Scaling groups for the
# cluster autoscaler's auto-discovery.
resource "aws_eks_node_group" "this" {
  for_each        = var.node_groups
  cluster_name    = aws_eks_cluster.this.name
  node_group_name = each.key
  node_role_arn   = aws_iam_role.node.arn
  subnet_ids      = var.subnet_ids
  instance_types  = each.value.instance_types
  capacity_type   = each.value.capacity_type
  labels          = merge(each.value.labels, { "dhakacart.com.bd/node-group" = each.key })

  scaling_config {
    min_size     = each.value.min_size
    max_size     = each.value.max_size
    desired_size = each.value.desired_size
  }

  launch_template {
    id      = aws_launch_template.node.id
    version = aws_launch_template.node.latest_version
  }

  update_config {
    max_unavailable_percentage = 33
  }

  tags = var.tags

  # The cluster autoscaler owns desired_size once the group exists.
  lifecycle {
    ignore_changes = [scaling_config[0].desired_size]
  }

  depends_on = [aws_iam_role_policy_attachment.node]
}

# The nodes' own security group, beside the cluster security group EKS creates: the edge module opens the
# Gateway's node ports on it to the load balancer only, so nothing else reaching the nodes changes and
# the EKS-managed group is left as EKS manages it.
resource "aws_security_group" "nodes" {
  name        = "${var.name}-nodes"
  description = "EKS nodes: the Gateway node ports from the load balancer (rules in the edge module)"
  vpc_id      = var.vpc_id
  tags        = merge(var.tags, { Name = "${var.name}-nodes" })
}

# A security group in a launch template replaces the ones EKS would attach, so the cluster security group
# is listed too (EKS user guide, "Customize managed nodes with launch templates"). IMDSv2 only, and a hop
# limit of 1 so pods cannot take the node role's credentials: the workloads that call AWS use IRSA, and
# AL2023 managed nodes already default to 1.
resource "aws_launch_template" "node" {
  name_prefix            = "${var.name}-node-"
  description            = "EKS managed nodes of ${var.name}"
  update_default_version = true
  # compact: the cluster security group is always set by EKS; an emulator may leave it empty.
  vpc_security_group_ids = compact([aws_eks_cluster.this.vpc_config[0].cluster_security_group_id, aws_security_group.nodes.id])

  metadata_options {
    http_endpoint               = "enabled"
    http_tokens                 = "required"
    http_put_response_hop_limit = 1
  }

  tag_specifications {
    resource_type = "instance"
    tags          = merge(var.tags, { Name = "${var.name}-node" })
  }

  tags = var.tags
}
