terraform {
  required_version = ">= 1.10"
  required_providers {
    aws = {
      source = "hashicorp/aws"
      # 6.48.0 is what the locally built provider advertises (scripts/infra/build-aws-provider.sh).
      version = ">= 6.48.0, < 7.0"
    }
  }
}
