#!/usr/bin/env bash
# Runs a command where a Secret Service (the freedesktop keyring API keytar uses on Linux) answers.
#
#   bash tests/scripts/with-keyring.sh npx vitest run tests/keyring
#
# Already inside a D-Bus session whose default keyring is unlocked (a desktop login): runs the
# command as is. Otherwise starts a private D-Bus session and a throwaway gnome-keyring in it,
# unlocked with a random password, keeping its files in a temporary folder (never in ~/.local),
# runs the command, then stops the daemon by its pid and removes the folder.
# Needs the Debian packages dbus (dbus-run-session, dbus-send) and gnome-keyring.
set -euo pipefail

if [[ $# -eq 0 ]]; then
  echo "usage: $0 <command> [args...]" >&2
  exit 64
fi

# True when the session bus has a Secret Service whose default collection exists and is unlocked.
secret_service_ready() {
  [[ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ]] || return 1
  # Ask the bus first: a call straight to org.freedesktop.secrets would auto-start a (locked) keyring.
  dbus-send --session --print-reply --reply-timeout=2000 --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true' || return 1
  dbus-send --session --print-reply --reply-timeout=2000 --dest=org.freedesktop.secrets \
    /org/freedesktop/secrets/aliases/default org.freedesktop.DBus.Properties.Get \
    string:org.freedesktop.Secret.Collection string:Locked 2>/dev/null | grep -q 'boolean false'
}

if [[ "${1:-}" == "--inside-session" ]]; then
  # Second stage, inside dbus-run-session: start the keyring, wait for it, run the command.
  shift
  printf '%s' "$SOFTPHONE_KEYRING_PASSWORD" |
    XDG_DATA_HOME="$SOFTPHONE_KEYRING_DIR/data" XDG_RUNTIME_DIR="$SOFTPHONE_KEYRING_DIR/run" \
      gnome-keyring-daemon --unlock --components=secrets >/dev/null
  unset SOFTPHONE_KEYRING_PASSWORD
  for _ in $(seq 50); do
    secret_service_ready && break
    sleep 0.1
  done
  if ! secret_service_ready; then
    echo "with-keyring: gnome-keyring started but its keyring is not unlocked on the session bus" >&2
    exit 69
  fi
  daemon_pid=$(dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets | awk '/uint32/ {print $2}')
  status=0
  "$@" || status=$?
  # The daemon would also exit with the bus; stopping it by pid makes sure nothing outlives us.
  if [[ -n "$daemon_pid" ]]; then kill "$daemon_pid" 2>/dev/null || true; fi
  exit "$status"
fi

if secret_service_ready; then
  exec "$@"
fi

for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
  if ! command -v "$tool" >/dev/null; then
    echo "with-keyring: $tool not found; install the Debian packages dbus and gnome-keyring" >&2
    exit 69
  fi
done

keyring_dir=$(mktemp -d "${TMPDIR:-/tmp}/softphone-keyring.XXXXXX")
trap 'rm -rf "$keyring_dir"' EXIT
mkdir -p "$keyring_dir/data" "$keyring_dir/run"
chmod 700 "$keyring_dir/run"

status=0
SOFTPHONE_KEYRING_DIR="$keyring_dir" \
  SOFTPHONE_KEYRING_PASSWORD="$(head -c 24 /dev/urandom | base64)" \
  dbus-run-session -- bash "${BASH_SOURCE[0]}" --inside-session "$@" || status=$?
exit "$status"
