variable "name" {
  description = "Bucket name: 3-63 lowercase letters, digits, dots or hyphens, following S3's naming rules."
  type        = string

  validation {
    condition     = can(regex("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$", var.name))
    error_message = "name \"${var.name}\" breaks S3's bucket naming rules: 3-63 characters of a-z, 0-9, '.' and '-', starting and ending with a letter or digit."
  }

  validation {
    condition     = !strcontains(var.name, "..") && !can(regex("^[0-9]+[.][0-9]+[.][0-9]+[.][0-9]+$", var.name))
    error_message = "name \"${var.name}\" breaks S3's bucket naming rules: no two adjacent dots, and not shaped like an IP address."
  }

  validation {
    condition     = !startswith(var.name, "xn--") && !startswith(var.name, "sthree-") && !endswith(var.name, "-s3alias") && !endswith(var.name, "--ol-s3")
    error_message = "name \"${var.name}\" breaks S3's bucket naming rules: the prefixes xn-- and sthree- and the suffixes -s3alias and --ol-s3 are reserved."
  }
}

variable "kms_key_arn" {
  description = "KMS key for default encryption (SSE-KMS with S3 Bucket Keys)."
  type        = string
}

variable "object_lock" {
  description = "Object Lock default retention (WORM) for new object versions; null for none. Can only be enabled when the bucket is created."
  type = object({
    mode = string
    days = number
  })
  default = null

  validation {
    condition     = var.object_lock == null || try(contains(["GOVERNANCE", "COMPLIANCE"], var.object_lock.mode) && var.object_lock.days >= 1, false)
    error_message = "object_lock.mode must be GOVERNANCE or COMPLIANCE and object_lock.days at least 1."
  }
}

variable "colder_storage_after_days" {
  description = "Days after which current objects move to STANDARD_IA (S3 requires at least 30); null keeps them in STANDARD (small, often-read objects such as log chunks, which IA bills as 128 KB each)."
  type        = number
  default     = 30

  validation {
    condition     = coalesce(var.colder_storage_after_days, 30) >= 30
    error_message = "colder_storage_after_days must be at least 30 (S3's minimum for STANDARD_IA), or null for no move."
  }
}

variable "expire_after_days" {
  description = "Days after which current objects expire (a backstop behind the backup tool's own retention) and noncurrent versions are removed."
  type        = number

  validation {
    condition     = var.expire_after_days > coalesce(var.colder_storage_after_days, 0)
    error_message = "expire_after_days must be greater than colder_storage_after_days (and than 0)."
  }
}

variable "expire_current_objects" {
  description = "Expire current objects after expire_after_days (backups); false keeps them until deleted (Terraform state), and only old versions expire."
  type        = bool
  default     = true
}

variable "tags" {
  description = "Tags added to every resource."
  type        = map(string)
  default     = {}
}
