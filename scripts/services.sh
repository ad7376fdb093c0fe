# shellcheck shell=bash
# shellcheck disable=SC2034 # the variables are read by the scripts that source this file
# The services of the PostgreSQL + MinIO pass of scripts/test and
# scripts/bench: found, or started and stopped. Sourced after scripts/lib.sh,
# never run.

# unavailable reports a service the PostgreSQL + MinIO pass cannot have:
# fatal in CI, a warning elsewhere.
unavailable() {
	if in_ci; then
		say "FAIL: $* (CI=true: the pass must run on PostgreSQL and MinIO)"
		exit 1
	fi
	say "WARNING: $*; the pass runs without it"
}

# find_postgres and find_minio set db_url, s3_endpoint, s3_access and
# s3_secret (empty when there is no such service), and db_what and s3_what
# to describe them; stop_services stops and removes whatever they started.
pg_dir='' pg_bin='' pg_run=() minio_dir='' minio_pid=''
db_url='' db_what='' s3_endpoint='' s3_access='' s3_secret='' s3_what=''

stop_services() {
	if [[ -n "$minio_pid" ]]; then
		kill "$minio_pid" 2>/dev/null || true
		wait "$minio_pid" 2>/dev/null || true
	fi
	rm -rf "$minio_dir"
	if [[ -n "$pg_dir" ]]; then
		"${pg_run[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate -w stop >/dev/null 2>&1 || true
		rm -rf "$pg_dir"
	fi
}

pg_answers() {
	if command -v psql >/dev/null; then
		PGCONNECT_TIMEOUT=3 psql "$1" -X -A -t -q -c 'select 1' >/dev/null 2>&1
	elif command -v pg_isready >/dev/null; then
		pg_isready -q -t 3 -d "$1"
	else
		port_open 127.0.0.1 5432
	fi
}

# find_postgres uses, in this order: XIANGCAI_TEST_DATABASE_URL; the server
# at 127.0.0.1:5432 (user postgres, database test, trust auth) if it answers
# and XIANGCAI_TEST_LOCAL_PG is not "off"; else a throwaway cluster.
find_postgres() {
	local local_pg="postgres://postgres@127.0.0.1:5432/test?sslmode=disable"
	if [[ -n "${XIANGCAI_TEST_DATABASE_URL:-}" ]]; then
		db_url=$XIANGCAI_TEST_DATABASE_URL db_what="PostgreSQL from XIANGCAI_TEST_DATABASE_URL"
	elif [[ "${XIANGCAI_TEST_LOCAL_PG:-}" != off ]] && pg_answers "$local_pg"; then
		db_url=$local_pg db_what="local PostgreSQL at 127.0.0.1:5432"
	else
		start_pg
	fi
}

start_pg() {
	local initdb port user
	if ! initdb=$(initdb_path); then
		unavailable "no PostgreSQL at 127.0.0.1:5432 and no initdb to start one (run scripts/deps)"
		return
	fi
	pg_bin=$(dirname "$initdb")
	if ((EUID == 0)); then # initdb refuses to run as root
		# /tmp, not TMPDIR: the server's user must be able to reach the folder.
		pg_dir=$(mktemp -d /tmp/xiangcai-pg.XXXXXX)
		user=nobody
		id postgres >/dev/null 2>&1 && user=postgres
		chown "$user" "$pg_dir"
		pg_run=(runuser -u "$user" --)
	else
		pg_dir=$(mktemp -d "${TMPDIR:-/tmp}/xiangcai-pg.XXXXXX")
	fi
	port=$(free_port)
	if "${pg_run[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U postgres -A trust -E UTF8 --locale=C --no-sync >"$pg_dir/initdb.log" 2>&1 &&
		"${pg_run[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 \
			-o "-p $port -k $pg_dir -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
			start >/dev/null 2>&1; then
		db_url="postgres://postgres@127.0.0.1:$port/postgres?sslmode=disable"
		db_what="throwaway PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') at 127.0.0.1:$port"
	else
		tail -n 20 "$pg_dir/initdb.log" "$pg_dir/server.log" >&2 2>/dev/null || true
		unavailable "could not start a throwaway PostgreSQL with $pg_bin"
	fi
}

# find_minio uses XIANGCAI_TEST_S3_ENDPOINT (with _ACCESS_KEY and
# _SECRET_KEY) if set, else a throwaway MinIO server built by scripts/deps.
find_minio() {
	if [[ -n "${XIANGCAI_TEST_S3_ENDPOINT:-}" ]]; then
		s3_endpoint=$XIANGCAI_TEST_S3_ENDPOINT s3_access=${XIANGCAI_TEST_S3_ACCESS_KEY:-}
		s3_secret=${XIANGCAI_TEST_S3_SECRET_KEY:-} s3_what="MinIO from XIANGCAI_TEST_S3_ENDPOINT"
	else
		start_minio
	fi
}

start_minio() {
	local bin port console i
	bin="$(minio_dir)/minio"
	if [[ ! -x "$bin" ]]; then
		unavailable "no MinIO binary at $bin (scripts/deps builds it)"
		return
	fi
	minio_dir=$(mktemp -d "${TMPDIR:-/tmp}/xiangcai-minio.XXXXXX")
	port=$(free_port)
	console=$(free_port)
	s3_access=xiangcai-test
	s3_secret=$(random_hex 16)
	MINIO_ROOT_USER=$s3_access MINIO_ROOT_PASSWORD=$s3_secret MINIO_BROWSER=off MINIO_UPDATE=off \
		"$bin" server --quiet --address "127.0.0.1:$port" --console-address "127.0.0.1:$console" \
		"$minio_dir/data" >"$minio_dir/log" 2>&1 &
	minio_pid=$!
	for i in $(seq 1 120); do
		if http_ok 127.0.0.1 "$port" /minio/health/live; then
			s3_endpoint=127.0.0.1:$port
			s3_what="throwaway MinIO at $s3_endpoint"
			return
		fi
		if ! kill -0 "$minio_pid" 2>/dev/null; then
			tail -n 20 "$minio_dir/log" >&2
			unavailable "MinIO ($bin) exited on start"
			return
		fi
		sleep 0.5
	done
	tail -n 20 "$minio_dir/log" >&2
	unavailable "MinIO ($bin) did not answer /minio/health/live within $((i / 2))s"
}

# service_vars prints, one a line, the XIANGCAI_TEST_ variables that point
# a pass at the services found.
service_vars() {
	if [[ -n "$db_url" ]]; then printf '%s\n' "XIANGCAI_TEST_DATABASE_URL=$db_url"; fi
	if [[ -n "$s3_endpoint" ]]; then
		printf '%s\n' "XIANGCAI_TEST_S3_ENDPOINT=$s3_endpoint" \
			"XIANGCAI_TEST_S3_ACCESS_KEY=$s3_access" "XIANGCAI_TEST_S3_SECRET_KEY=$s3_secret"
	fi
}
