variable "account_id" {
  description = "AWS account the state bucket is made in (one per environment account)."
  type        = string

  validation {
    condition     = can(regex("^\\d{12}$", var.account_id))
    error_message = "account_id must be a 12-digit AWS account id."
  }
}

variable "region" {
  description = "Region of the state bucket (the environments' backend.tf names the same)."
  type        = string
  default     = "ap-south-1"

  validation {
    condition     = can(regex("^[a-z]{2}(-[a-z]+)+-\\d$", var.region))
    error_message = "region must be an AWS region such as ap-south-1."
  }
}

variable "emulator_endpoint" {
  description = "Tests only: URL of a local AWS API emulator (moto). Leave null."
  type        = string
  default     = null

  validation {
    condition     = var.emulator_endpoint == null || can(regex("^http://(127\\.0\\.0\\.1|localhost|\\[::1\\]):\\d+$", var.emulator_endpoint))
    error_message = "emulator_endpoint must be null or a loopback URL such as http://127.0.0.1:5055."
  }
}
