# shellcheck shell=bash
# Helpers shared by scripts/deps, scripts/test and scripts/bench. Sourced,
# never run.

# MINIO_MODULE is the MinIO server the PostgreSQL + MinIO test pass runs
# against. MinIO ships no binaries any more, so it is built from source once
# and the binary is reused.
# shellcheck disable=SC2034 # used by the scripts that source this file
MINIO_MODULE=github.com/minio/minio@v0.0.0-20260212201848-7aac2a2c5b7c

say() { printf '%s\n' "$*" >&2; }

banner() { printf '\n=== %s\n' "$*"; }

in_ci() { [[ "${CI:-}" == true || "${CI:-}" == 1 ]]; }

# minio_dir prints the folder that holds the cached MinIO binary:
# $XIANGCAI_TEST_MINIO_DIR, else GOBIN, else the first GOPATH entry's bin.
minio_dir() {
	if [[ -n "${XIANGCAI_TEST_MINIO_DIR:-}" ]]; then
		printf '%s\n' "$XIANGCAI_TEST_MINIO_DIR"
		return
	fi
	local gobin gopath
	gobin=$(go env GOBIN)
	if [[ -n "$gobin" ]]; then
		printf '%s\n' "$gobin"
		return
	fi
	gopath=$(go env GOPATH)
	printf '%s/bin\n' "${gopath%%:*}"
}

# port_open reports whether something accepts TCP connections on host:port.
port_open() {
	(exec 3<>"/dev/tcp/$1/$2") 2>/dev/null
}

# free_port prints a loopback port nothing listens on.
free_port() {
	local port i
	for i in $(seq 1 100); do
		port=$((20000 + RANDOM % 40000))
		if ! port_open 127.0.0.1 "$port"; then
			printf '%s\n' "$port"
			return 0
		fi
	done
	say "no free port found after $i tries"
	return 1
}

# http_ok reports whether GET http://host:port/path answers 200; it needs
# only bash, so it works where curl is not installed.
http_ok() {
	local status
	status=$(
		exec 2>/dev/null
		exec 3<>"/dev/tcp/$1/$2" || exit 1
		printf 'GET %s HTTP/1.0\r\nHost: %s:%s\r\n\r\n' "$3" "$1" "$2" >&3
		IFS= read -r -t 5 line <&3 && printf '%s' "$line"
	) || return 1
	[[ "$status" == "HTTP/1."?" 200"* ]]
}

# initdb_path prints the newest PostgreSQL initdb on this machine, if any.
initdb_path() {
	local found
	found=$(find /usr/lib/postgresql -path '*/bin/initdb' 2>/dev/null | sort -V | tail -n 1)
	if [[ -z "$found" ]]; then
		found=$(command -v initdb 2>/dev/null || true)
	fi
	[[ -n "$found" ]] && printf '%s\n' "$found"
}

# random_hex prints n random bytes in hex.
random_hex() {
	od -An -N"$1" -tx1 /dev/urandom | tr -d ' \n'
}

# run_deps runs scripts/deps; a failure is fatal in CI and a warning
# elsewhere.
run_deps() {
	if ! bash scripts/deps; then
		in_ci && {
			say "FAIL: scripts/deps failed"
			exit 1
		}
		say "WARNING: scripts/deps failed; going on with what is installed"
	fi
}

# clean_env is an env command line that removes every XIANGCAI_ variable,
# so a developer's own settings never change what a pass measures or tests.
clean_env=(env)
for v in $(compgen -e | grep '^XIANGCAI_' || true); do
	clean_env+=(-u "$v")
done
