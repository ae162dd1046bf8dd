#!/usr/bin/env bash
# Sourced by .ci/run: `start_postgres` starts a throw-away PostgreSQL server in a temp dir
# (as an unprivileged user when run as root: initdb refuses root), exports
# TEST_DATABASE_URL and stops the server and removes its data on exit.

as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u "$PG_USER" -- "$@"; else "$@"; fi; }

# initdb/pg_ctl from PATH or Debian's /usr/lib/postgresql/*/bin, else apt-get.
pg_bin() {
    if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
        dirname "$(readlink -f "$(command -v initdb)")"  # Debian links only some into PATH
        return
    fi
    local found="" dir
    for dir in /usr/lib/postgresql/*/bin; do  # the highest version sorts last
        if [ -x "$dir/initdb" ]; then found=$dir; fi
    done
    echo "$found"
}

start_postgres() {
    local bin sudo="" port
    bin=$(pg_bin)
    if [ -z "$bin" ] && command -v apt-get >/dev/null 2>&1; then
        [ "$(id -u)" -eq 0 ] || sudo=sudo
        echo "PostgreSQL not found: installing Debian's package" >&2
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >/dev/null
        bin=$(pg_bin)
    fi
    if [ -z "$bin" ]; then
        echo "no PostgreSQL (initdb) found and no apt-get to install it" >&2
        exit 1
    fi
    PG_DIR=$(mktemp -d)
    # initdb refuses to run as root: the server runs as an unprivileged user then.
    PG_USER=$(id -un)
    if [ "$(id -u)" -eq 0 ]; then
        PG_USER=postgres
        id -u "$PG_USER" >/dev/null 2>&1 || useradd --system --no-create-home "$PG_USER"
        chown "$PG_USER" "$PG_DIR"
    fi
    port=$(python -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    as_pg "$bin/initdb" -D "$PG_DIR/data" -U postgres -A trust -E UTF8 --locale=C --no-sync \
        >"$PG_DIR/initdb.log"
    PG_STOP=("$bin/pg_ctl" -D "$PG_DIR/data" -m fast -w stop)
    trap 'as_pg "${PG_STOP[@]}" >/dev/null 2>&1 || true; rm -rf "$PG_DIR"' EXIT
    # Throw-away data: no fsync. Sockets only in the temp dir; TCP on localhost only.
    as_pg "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w start -o \
        "-p $port -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" \
        >/dev/null
    as_pg "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres bot_test
    export TEST_DATABASE_URL="postgresql://postgres@127.0.0.1:$port/bot_test"
    echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on port $port for the tests" >&2
}
