#!/usr/bin/env bash
# Compares this project's generated client with aws-sdk-proton + aws-config on this machine, in
# one run: (a) clean release build of a one-call binary, (b) per-call overhead against a
# loopback fake, (c) stripped release binary size. Needs network access to crates.io.
# Usage: bench/run.sh [calls]   (not part of CI: it builds aws-sdk-proton)
set -euo pipefail
cd "$(dirname "$0")"
calls=${1:-2000}
out=$(mktemp -d)
for b in ours official; do
    (cd "$b" && cargo fetch -q)
    start=$(date +%s.%N)
    (cd "$b" && CARGO_TARGET_DIR="$out/$b" cargo build -q --release --offline)
    end=$(date +%s.%N)
    printf '%-9s clean release build: %6.1f s\n' "$b" "$(echo "$end - $start" | bc)"
done
"$out/ours/release/bench-ours" serve 127.0.0.1:4599 &
server=$!
trap 'kill $server' EXIT
sleep 0.5
export AWS_ENDPOINT_URL=http://127.0.0.1:4599 AWS_REGION=us-east-1 AWS_ACCESS_KEY_ID=AKID AWS_SECRET_ACCESS_KEY=SECRET
export AWS_EC2_METADATA_DISABLED=true
for b in ours official; do
    "$out/$b/release/bench-$b" 200 >/dev/null   # warm up
    "$out/$b/release/bench-$b" "$calls"
done
for b in ours official; do
    printf '%-9s release binary (stripped): %6.2f MiB\n' "$b" "$(echo "$(stat -c %s "$out/$b/release/bench-$b") / 1048576" | bc -l)"
done
