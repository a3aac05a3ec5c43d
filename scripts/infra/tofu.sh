#!/usr/bin/env bash
# Runs the cached OpenTofu (scripts/infra/build-tofu.sh) with a CLI config that installs providers only
# from the locally built AWS provider's filesystem mirror (scripts/infra/build-aws-provider.sh): no registry.
# Exits 3 with the command to run when a binary is not cached yet. With TOFU_PROVIDERS_FROM_REGISTRY=1
# (the GitHub workflow, which can reach the registry) providers come from the registry as usual.
#   Usage: scripts/infra/tofu.sh [--check-provider] <tofu arguments>     e.g. scripts/infra/tofu.sh -chdir=terraform/envs/staging init
set -euo pipefail

readonly CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/dhakacart"
readonly TOFU="$CACHE/tofu/${TOFU_VERSION:-1.12.6}/bin/tofu"
readonly MIRROR="$CACHE/terraform-provider-aws/${TFAWS_VERSION:-6.48.0}/mirror"

write_cli_config() {
  local config="$CACHE/tofu/offline.tofurc"
  cat > "$config" <<EOC
provider_installation {
  filesystem_mirror {
    path    = "$MIRROR"
    include = ["registry.opentofu.org/hashicorp/aws", "registry.terraform.io/hashicorp/aws"]
  }
  direct {
    exclude = ["registry.opentofu.org/*/*", "registry.terraform.io/*/*"]
  }
}
disable_checkpoint = true
EOC
  printf '%s\n' "$config"
}

main() {
  if [ ! -x "$TOFU" ]; then
    echo "OpenTofu is not built yet: run npm run infra:tools (scripts/infra/build-tofu.sh)" >&2
    exit 3
  fi
  if [ "${TOFU_PROVIDERS_FROM_REGISTRY:-}" = 1 ]; then
    [ "${1:-}" = "--check-provider" ] && shift
    unset TF_CLI_CONFIG_FILE
    export TF_IN_AUTOMATION=1 CHECKPOINT_DISABLE=1
    exec "$TOFU" "$@"
  fi
  if [ "${1:-}" = "--check-provider" ]; then
    shift
    if [ ! -d "$MIRROR" ]; then
      echo "The AWS provider is not built yet: run npm run infra:tools (scripts/infra/build-aws-provider.sh, about 40 minutes)" >&2
      exit 3
    fi
  fi
  TF_CLI_CONFIG_FILE="$(write_cli_config)"
  export TF_CLI_CONFIG_FILE TF_IN_AUTOMATION=1 CHECKPOINT_DISABLE=1
  exec "$TOFU" "$@"
}

main "$@"
