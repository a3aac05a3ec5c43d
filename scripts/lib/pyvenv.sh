#!/usr/bin/env bash
# Python tools from PyPI (moto, barman-cloud, checkov, ansible, ...) in venvs made from Debian's
# /usr/bin/python3, one per pinned requirements file, cached by the file's checksum, so a changed pin
# makes a new venv and an unchanged one is reused in well under a second.
#   source scripts/lib/pyvenv.sh && dir=$(ensure_pyvenv scripts/python/requirements-<name>.txt)
# The venv root is ${DHAKACART_VENV_ROOT:-${XDG_CACHE_HOME:-$HOME/.cache}/dhakacart/venv}; set
# DHAKACART_VENV_ROOT to a directory other users can read when another user must run the tools
# (the postgres user runs barman-cloud from archive_command, and cannot enter /root).

ensure_pyvenv() {
  local requirements="$1" root name sum dir
  [ -f "$requirements" ] || { echo "ensure_pyvenv: no requirements file $requirements" >&2; return 2; }
  root="${DHAKACART_VENV_ROOT:-${XDG_CACHE_HOME:-$HOME/.cache}/dhakacart/venv}"
  name="$(basename "$requirements" .txt)"
  name="${name#requirements-}"
  sum="$(sha256sum "$requirements" | cut -c1-12)"
  dir="$root/$name-$sum"
  if [ ! -f "$dir/.complete" ]; then
    echo "Creating the $name venv from $requirements in $dir" >&2
    rm -rf "$dir"
    mkdir -p "$root"
    /usr/bin/python3 -m venv "$dir" >&2 || {
      echo "ensure_pyvenv: /usr/bin/python3 -m venv failed (Debian: apt-get install python3-venv)" >&2
      return 1
    }
    "$dir/bin/pip" install --quiet --disable-pip-version-check --requirement "$requirements" >&2 || {
      echo "ensure_pyvenv: pip could not install $requirements" >&2
      return 1
    }
    touch "$dir/.complete"
  fi
  printf '%s\n' "$dir"
}
