#!/usr/bin/env bash
# Several Accord servers on one PostgreSQL, with real parts, on loopback: a PostgreSQL primary and a
# streaming replica (pg_basebackup), two `accord serve` processes reading published data from the
# replica, and HAProxy in front with health checks on /readyz. Then scripts/cluster/check.mjs
# checks that a live change crosses servers (and how fast), that a write through one server is read
# at once through the other, that killing a server (-9) under load loses no acknowledged write, and
# that reads fall back to the primary when the replica stops. Everything it starts is stopped at
# the end. Run by scripts/test.sh; on its own: bash scripts/cluster-test.sh (after a build).
#
# ACCORD_BINARY  the server (default build/accord)
# PG_BINDIR      PostgreSQL server binaries (default: the newest /usr/lib/postgresql/*/bin)
set -euo pipefail
cd "$(dirname "$0")/.."

accord=${ACCORD_BINARY:-$PWD/build/accord}
[[ -x "$accord" ]] || { echo "cluster: $accord not found; build first (bash scripts/build.sh)" >&2; exit 1; }
command -v haproxy >/dev/null || { echo "cluster: haproxy is missing (bash scripts/setup.sh installs it)" >&2; exit 1; }
if [[ -z "${PG_BINDIR:-}" ]]; then
  PG_BINDIR=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
fi
[[ -x "$PG_BINDIR/initdb" ]] || { echo "cluster: PostgreSQL server binaries not found (set PG_BINDIR)" >&2; exit 1; }

tmp=$(mktemp -d /tmp/accord-cluster.XXXXXX)
chmod 755 "$tmp"
if ((EUID == 0)); then
  chown postgres: "$tmp"
  as_pg=(runuser -u postgres --)
else
  as_pg=()
fi
pg() { ${as_pg[@]+"${as_pg[@]}"} "$@"; }

pids=()
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for dir in replica primary; do
    [[ -f "$tmp/$dir/postmaster.pid" ]] && pg "$PG_BINDIR/pg_ctl" -D "$tmp/$dir" -m immediate -w -t 30 stop >/dev/null 2>&1
  done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  if ((rc != 0)); then
    for log in "$tmp"/*.log; do echo "--- $log (last lines)" >&2; tail -n 20 "$log" >&2 || true; done
  fi
  rm -rf "$tmp"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Loopback ports nothing listens on.
port_is_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
taken=" "
free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 12000))
    [[ "$taken" == *" $port "* ]] && continue
    port_is_free "$port" && break
  done
  taken+="$port "
  echo "$port"
}
primary_port=$(free_port)
replica_port=$(free_port)
a_port=$(free_port)
b_port=$(free_port)
proxy_port=$(free_port)

echo "cluster: PostgreSQL primary on $primary_port, replica on $replica_port"
pg "$PG_BINDIR/initdb" -A trust -U accord -E UTF8 --no-locale -N -D "$tmp/primary" >"$tmp/initdb.log" 2>&1
pg "$PG_BINDIR/pg_ctl" -D "$tmp/primary" -l "$tmp/primary.log" -w -t 60 \
  -o "-p $primary_port -k $tmp -c listen_addresses=127.0.0.1 -c wal_level=replica -c max_wal_senders=4" \
  start >/dev/null
pg "$PG_BINDIR/createdb" -h 127.0.0.1 -p "$primary_port" -U accord accord
pg "$PG_BINDIR/pg_basebackup" -h 127.0.0.1 -p "$primary_port" -U accord -D "$tmp/replica" -R -X stream \
  >"$tmp/basebackup.log" 2>&1
pg "$PG_BINDIR/pg_ctl" -D "$tmp/replica" -l "$tmp/replica.log" -w -t 60 \
  -o "-p $replica_port -k $tmp -c listen_addresses=127.0.0.1 -c hot_standby=on" start >/dev/null

primary_url="postgresql://accord@127.0.0.1:$primary_port/accord"
replica_url="postgresql://accord@127.0.0.1:$replica_port/accord"
"$accord" demo --db "$primary_url" --threads 1 >"$tmp/demo.log"

for server in a b; do
  port_var="${server}_port"
  "$accord" serve --listen "127.0.0.1:${!port_var}" --db "$primary_url" --db-replica "$replica_url" --threads 2 \
    --trusted-proxy 127.0.0.1 \
    >"$tmp/server-$server.log" 2>&1 &
  pids+=($!)
  declare "${server}_pid=$!"
done

cat >"$tmp/haproxy.cfg" <<EOF
global
  maxconn 4096
defaults
  mode http
  timeout connect 2s
  timeout client 60s
  timeout server 60s
  retries 2
  option redispatch
  option forwardfor
  option httpchk GET /readyz
  http-check expect status 200
  default-server inter 200ms fall 2 rise 2
frontend accord
  bind 127.0.0.1:$proxy_port
  # The parts of an upload are gathered on one server, and the import that takes them runs there:
  # these go by the session, to the same server each time.
  acl by_session path_beg /api/v1/uploads
  acl by_session path_reg ^/api/v1/districts/[0-9]+/imports
  use_backend accord_by_session if by_session
  default_backend accord_servers
backend accord_servers
  balance roundrobin
  server a 127.0.0.1:$a_port check
  server b 127.0.0.1:$b_port check
backend accord_by_session
  balance hash req.cook(accord_session)
  hash-type consistent
  server a 127.0.0.1:$a_port check
  server b 127.0.0.1:$b_port check
EOF
haproxy -c -q -f "$tmp/haproxy.cfg"
haproxy -db -f "$tmp/haproxy.cfg" >"$tmp/haproxy.log" 2>&1 &
pids+=($!)

for port in "$a_port" "$b_port"; do
  for _ in $(seq 100); do
    curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break
    sleep 0.1
  done
  curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null
done
echo "cluster: servers on $a_port and $b_port, HAProxy on $proxy_port"

psql_bin="$PG_BINDIR/psql"
[[ -x "$psql_bin" ]] || psql_bin=psql
CLUSTER_A="http://127.0.0.1:$a_port" CLUSTER_B="http://127.0.0.1:$b_port" CLUSTER_PROXY="http://127.0.0.1:$proxy_port" \
  CLUSTER_KILL_A="kill -KILL $a_pid" \
  CLUSTER_STOP_REPLICA="${as_pg[*]:-} $PG_BINDIR/pg_ctl -D $tmp/replica -m immediate -w stop" \
  CLUSTER_REPLICA_PSQL="$psql_bin -h 127.0.0.1 -p $replica_port -U accord -d accord -At" \
  node scripts/cluster/check.mjs
