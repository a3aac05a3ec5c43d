variable "emulator_endpoint" {
  description = "Tests only: URL of a local AWS API emulator (moto) every AWS call goes to; it also turns off what the emulator lacks (EKS add-ons and access entries, load balancer targets from node groups). Leave null."
  type        = string
  default     = null

  validation {
    condition     = var.emulator_endpoint == null || can(regex("^http://(127\\.0\\.0\\.1|localhost|\\[::1\\]):\\d+$", var.emulator_endpoint))
    error_message = "emulator_endpoint must be null or a loopback URL such as http://127.0.0.1:5055."
  }
}
