# Shared by the command-line tests: count checks, and report each as "ok: …" or "FAILED: …".
passed=0
failed=0
ok() { echo "ok: $1"; passed=$((passed + 1)); }
fail() { echo "FAILED: $1"; failed=$((failed + 1)); }
expect() {  # expect DESCRIPTION COMMAND...: the command must succeed
  local what=$1; shift
  if "$@"; then ok "$what"; else fail "$what"; fi
}
