# State bucket made by terraform/bootstrap in this account; S3-native locking (a lock object
# beside the state), no DynamoDB table.
terraform {
  backend "s3" {
    bucket       = "dhakacart-tfstate-222222222222"
    key          = "envs/production/terraform.tfstate"
    region       = "ap-south-1"
    encrypt      = true
    use_lockfile = true
  }
}
