# shellcheck shell=bash
# Makes Node.js 24 the `node` on PATH. Sourced by the repository's shell scripts.
# Uses the node already on PATH when it is 24 or newer; otherwise installs Node 24
# from the npm registry into a per-user cache (no global install, no download
# outside the registry) and puts it first on PATH.
#   source scripts/lib/node24.sh && ensure_node24
#
# The cache prefix gets its own package.json, so the install needs no command-line
# flag that one npm accepts and another refuses (npm 11.19 refuses --allow-scripts in
# a --prefix install). `allowScripts` there lets npm 11.19+ run node@24's preinstall;
# older npm ignores the field and runs it anyway. The package works without its
# preinstall too: npm installs the platform binary as a dependency either way.

DHAKACART_NODE_DIR="${DHAKACART_NODE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/dhakacart/node24}"

node_major() {
  node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0
}

cached_node_major() {
  "$DHAKACART_NODE_DIR/node_modules/.bin/node" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0
}

install_node24() {
  echo "Installing Node.js 24 from the npm registry into $DHAKACART_NODE_DIR" >&2
  mkdir -p "$DHAKACART_NODE_DIR"
  printf '%s\n' '{ "private": true, "allowScripts": { "node": true } }' >"$DHAKACART_NODE_DIR/package.json"
  (cd "$DHAKACART_NODE_DIR" && npm install --no-audit --no-fund --no-save node@24 >&2)
}

ensure_node24() {
  if [ "$(node_major)" -ge 24 ]; then
    return 0
  fi
  if [ "$(cached_node_major)" -lt 24 ]; then
    install_node24 || {
      echo "error: npm $(npm -v 2>/dev/null || echo '(none)') could not install node@24 into $DHAKACART_NODE_DIR" >&2
      return 1
    }
  fi
  export PATH="$DHAKACART_NODE_DIR/node_modules/.bin:$PATH"
  if [ "$(node_major)" -lt 24 ]; then
    echo "error: could not make Node.js 24 the node in use (found $(node -v 2>/dev/null || echo none))" >&2
    return 1
  fi
}
