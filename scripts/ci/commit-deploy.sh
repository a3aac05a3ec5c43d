#!/usr/bin/env bash
# Commits generated deploy changes to a branch and pushes them, safe against a moving branch:
# it regenerates on the latest branch tip, commits the given paths, and pushes; when the push
# is rejected because the branch moved, it rebases onto the new tip, regenerates again (the
# generated files must match the new sources), and retries.
#   Usage: scripts/ci/commit-deploy.sh --message <subject> --path <path>... \
#            [--source-commit <sha>] [--branch main] [--remote origin] [--attempts 5] \
#            -- <regenerate command...>
#   Example: scripts/ci/commit-deploy.sh --message "deploy(staging): api@sha256:1234" \
#            --path dist/staging --path manifests-src/src/config/images.json \
#            -- npm run bump -- --env staging --image api=ghcr.io/dhakacart/api@sha256:...
#   Env: COMMIT_DEPLOY_BACKOFF_SECONDS (default 2) multiplies the wait between attempts.
set -euo pipefail

MESSAGE="" SOURCE_COMMIT="" BRANCH=main REMOTE=origin ATTEMPTS=5
PATHS=() REGENERATE=()

usage() {
  sed -n '2,13p' "$0" >&2
  echo "error: $1" >&2
  exit 2
}

parse_args() {
  while [ "$#" -gt 0 ]; do
    case "$1" in
      --message) MESSAGE="${2:-}"; shift 2 ;;
      --path) PATHS+=("${2:-}"); shift 2 ;;
      --source-commit) SOURCE_COMMIT="${2:-}"; shift 2 ;;
      --branch) BRANCH="${2:-}"; shift 2 ;;
      --remote) REMOTE="${2:-}"; shift 2 ;;
      --attempts) ATTEMPTS="${2:-}"; shift 2 ;;
      --) shift; REGENERATE=("$@"); break ;;
      *) usage "unknown argument: $1" ;;
    esac
  done
  [ -n "$MESSAGE" ] || usage "--message is required"
  [ "${#PATHS[@]}" -gt 0 ] || usage "at least one --path is required"
  [ "${#REGENERATE[@]}" -gt 0 ] || usage "the regenerate command is required after --"
  [[ "$ATTEMPTS" =~ ^[1-9][0-9]*$ ]] || usage "--attempts must be a positive number (got $ATTEMPTS)"
}

commit_message() {
  printf '%s\n' "$MESSAGE"
  if [ -n "$SOURCE_COMMIT" ]; then
    printf '\nSource-Commit: %s\n' "$SOURCE_COMMIT"
  fi
}

# Regenerates and commits; returns 1 when there is nothing to commit.
regenerate_and_commit() {
  "${REGENERATE[@]}"
  git add --all -- "${PATHS[@]}"
  if git diff --cached --quiet; then
    return 1
  fi
  git commit --quiet --file <(commit_message)
}

# After a rebase the generated files may disagree with the new sources: regenerate and fold
# any difference into the deploy commit.
refresh_after_rebase() {
  "${REGENERATE[@]}"
  git add --all -- "${PATHS[@]}"
  if ! git diff --cached --quiet; then
    git commit --quiet --amend --no-edit
  fi
}

rebase_onto_tip() {
  git fetch --quiet "$REMOTE" "$BRANCH"
  if git rebase --quiet "$REMOTE/$BRANCH"; then
    refresh_after_rebase
  else
    echo "rebase conflicted; regenerating on top of $REMOTE/$BRANCH instead" >&2
    git rebase --abort
    git reset --quiet --hard "$REMOTE/$BRANCH"
    regenerate_and_commit || return 1
  fi
}

main() {
  parse_args "$@"
  git fetch --quiet "$REMOTE" "$BRANCH"
  git checkout --quiet -B "$BRANCH" "$REMOTE/$BRANCH"
  if ! regenerate_and_commit; then
    echo "nothing to deploy: ${PATHS[*]} already up to date on $BRANCH"
    return 0
  fi
  local attempt
  for ((attempt = 1; attempt <= ATTEMPTS; attempt++)); do
    if git push --quiet "$REMOTE" "HEAD:$BRANCH"; then
      echo "pushed $(git rev-parse --short HEAD) to $REMOTE/$BRANCH: $MESSAGE"
      return 0
    fi
    echo "push rejected (attempt $attempt of $ATTEMPTS): $BRANCH moved; rebasing" >&2
    sleep $((attempt * ${COMMIT_DEPLOY_BACKOFF_SECONDS:-2}))
    if ! rebase_onto_tip; then
      echo "nothing to deploy after rebase: $BRANCH already has these changes"
      return 0
    fi
  done
  echo "error: could not push to $REMOTE/$BRANCH after $ATTEMPTS attempts" >&2
  return 1
}

main "$@"
