# TFLint (scripts/infra/build-tflint.sh) with its bundled terraform ruleset, every rule: naming,
# unused declarations, typed and described variables and outputs, pinned providers, the standard
# module structure. The AWS ruleset is a plugin the Go module proxy does not serve.
config {
  call_module_type = "local"
}

plugin "terraform" {
  enabled = true
  preset  = "all"
}
