# shellcheck shell=bash
# Makes Node.js 24 the `node` on PATH. Sourced by the repository's shell scripts.
# Uses the node already on PATH when it is 24 or newer; otherwise installs Node 24
# from the npm registry into a per-user cache (no global install, no download
# outside the registry) and puts it first on PATH.
#   source scripts/lib/node24.sh && ensure_node24

DHAKACART_NODE_DIR="${DHAKACART_NODE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/dhakacart/node24}"

node_major() {
  node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0
}

ensure_node24() {
  if [ "$(node_major)" -ge 24 ]; then
    return 0
  fi
  if [ ! -x "$DHAKACART_NODE_DIR/node_modules/.bin/node" ]; then
    echo "Installing Node.js 24 from the npm registry into $DHAKACART_NODE_DIR" >&2
    mkdir -p "$DHAKACART_NODE_DIR"
    npm install --prefix "$DHAKACART_NODE_DIR" --no-audit --no-fund --allow-scripts=node node@24 >&2
  fi
  export PATH="$DHAKACART_NODE_DIR/node_modules/.bin:$PATH"
  if [ "$(node_major)" -lt 24 ]; then
    echo "error: could not make Node.js 24 the node in use (found $(node -v 2>/dev/null || echo none))" >&2
    return 1
  fi
}
