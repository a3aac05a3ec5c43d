variable "name" {
  description = "Prefix of the buckets and keys, e.g. dhakacart-production."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{2,30}[a-z0-9]$", var.name))
    error_message = "name must be 4-32 lowercase letters, digits or hyphens, starting with a letter."
  }
}

variable "database_backups_bucket" {
  description = "Bucket of the PostgreSQL WAL archive and base backups (Barman Cloud); Object Lock protects them."
  type        = string
}

variable "cluster_backups_bucket" {
  description = "Bucket of the Velero cluster backups."
  type        = string
}

variable "retention_days" {
  description = "Days backups are kept; lifecycle expires objects a week after it, and Object Lock holds each version this long."
  type        = number
  default     = 30

  validation {
    condition     = var.retention_days >= 7 && var.retention_days <= 3650
    error_message = "retention_days must be between 7 and 3650."
  }
}

variable "object_lock_mode" {
  description = "Object Lock mode of the database backups: COMPLIANCE (nobody can delete a version early, production) or GOVERNANCE (privileged users can, staging)."
  type        = string
  default     = "COMPLIANCE"

  validation {
    condition     = contains(["GOVERNANCE", "COMPLIANCE"], var.object_lock_mode)
    error_message = "object_lock_mode must be GOVERNANCE or COMPLIANCE."
  }
}

variable "logs_bucket" {
  description = "Bucket of Loki's chunks and index."
  type        = string
}

variable "log_retention_days" {
  description = "Days Loki keeps logs (its compactor deletes older ones); lifecycle expires objects a week after it."
  type        = number

  validation {
    condition     = var.log_retention_days >= 1 && var.log_retention_days <= 365
    error_message = "log_retention_days must be between 1 and 365."
  }
}

variable "tags" {
  description = "Tags added to every resource."
  type        = map(string)
  default     = {}
}
