#!/usr/bin/env bash
# Runs a command in a network namespace of its own whose only interface is loopback, so nothing a
# test starts (Chromium's ICE, rtpengine, Kamailio) can send a packet to any other address, even
# where the machine has more interfaces than 127.0.0.1.
#
#   bash tests/scripts/loopback-only.sh npx playwright test
#
# Needs root (or unprivileged user namespaces) for `unshare`; CI runs as root. Where a namespace
# cannot be made, a developer's run goes on with a warning, but CI refuses to.
set -euo pipefail

if [[ "${SOFTPHONE_IN_NETNS:-}" == "1" ]]; then
  exec "$@"
fi

if unshare --net true 2>/dev/null; then
  exec unshare --net -- bash -c 'ip link set lo up && SOFTPHONE_IN_NETNS=1 exec "$@"' loopback-only "$@"
fi
if unshare --user --map-root-user --net true 2>/dev/null; then
  exec unshare --user --map-root-user --net -- bash -c 'ip link set lo up && SOFTPHONE_IN_NETNS=1 exec "$@"' loopback-only "$@"
fi

if [[ -n "${CI:-}" ]]; then
  echo "loopback-only: cannot create a network namespace (need root or user namespaces); refusing to run tests that open sockets" >&2
  exit 69
fi
echo "loopback-only: no network namespace available; running on the host network (everything still binds 127.0.0.1)" >&2
exec "$@"
