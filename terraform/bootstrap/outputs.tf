output "state_bucket" {
  description = "Name of the state bucket; the environments' backend.tf names it."
  value       = module.state.name
}
