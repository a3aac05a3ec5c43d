# Barman Cloud writes WAL and base backups and deletes what falls out of its retention.
data "aws_iam_policy_document" "database_backups" {
  statement {
    actions   = ["s3:ListBucket", "s3:GetBucketLocation"]
    resources = [module.data.database_backups_bucket.arn]
  }
  statement {
    actions   = ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"]
    resources = ["${module.data.database_backups_bucket.arn}/*"]
  }
  statement {
    actions   = ["kms:Encrypt", "kms:Decrypt", "kms:GenerateDataKey"]
    resources = [module.data.kms_key_arn]
  }
}

# Velero: its bucket, and EBS snapshots of the volumes it backs up (velero-plugin-for-aws).
data "aws_iam_policy_document" "velero" {
  statement {
    actions   = ["s3:ListBucket", "s3:GetBucketLocation"]
    resources = [module.data.cluster_backups_bucket.arn]
  }
  statement {
    actions   = ["s3:GetObject", "s3:PutObject", "s3:DeleteObject", "s3:AbortMultipartUpload", "s3:ListMultipartUploadParts"]
    resources = ["${module.data.cluster_backups_bucket.arn}/*"]
  }
  statement {
    actions   = ["kms:Encrypt", "kms:Decrypt", "kms:GenerateDataKey"]
    resources = [module.data.kms_key_arn]
  }
  statement {
    actions   = ["ec2:DescribeVolumes", "ec2:DescribeSnapshots"]
    resources = ["*"]
  }
  statement {
    actions   = ["ec2:CreateTags", "ec2:CreateVolume", "ec2:CreateSnapshot", "ec2:DeleteSnapshot"]
    resources = ["arn:aws:ec2:${data.aws_region.current.region}:${data.aws_caller_identity.current.account_id}:*", "arn:aws:ec2:${data.aws_region.current.region}::snapshot/*"]
  }
}

# Loki: chunks and index in its bucket; the compactor deletes what falls out of the retention.
data "aws_iam_policy_document" "loki" {
  statement {
    actions   = ["s3:ListBucket", "s3:GetBucketLocation"]
    resources = [module.data.logs_bucket.arn]
  }
  statement {
    actions   = ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"]
    resources = ["${module.data.logs_bucket.arn}/*"]
  }
  statement {
    actions   = ["kms:Encrypt", "kms:Decrypt", "kms:GenerateDataKey"]
    resources = [module.data.logs_kms_key_arn]
  }
}

# The cluster autoscaler only resizes this cluster's node groups (tagged by EKS).
data "aws_iam_policy_document" "cluster_autoscaler" {
  #checkov:skip=CKV_AWS_356:The Describe* and GetInstanceTypes* actions support no resource-level permissions; the write actions are limited by tag.
  statement {
    actions   = ["autoscaling:DescribeAutoScalingGroups", "autoscaling:DescribeAutoScalingInstances", "autoscaling:DescribeLaunchConfigurations", "autoscaling:DescribeScalingActivities", "autoscaling:DescribeTags", "ec2:DescribeImages", "ec2:DescribeInstanceTypes", "ec2:DescribeLaunchTemplateVersions", "ec2:GetInstanceTypesFromInstanceRequirements", "eks:DescribeNodegroup"]
    resources = ["*"]
  }
  statement {
    actions   = ["autoscaling:SetDesiredCapacity", "autoscaling:TerminateInstanceInAutoScalingGroup"]
    resources = ["*"]
    condition {
      test     = "StringEquals"
      variable = "aws:ResourceTag/k8s.io/cluster-autoscaler/${local.name}"
      values   = ["owned"]
    }
  }
}
