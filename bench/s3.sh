#!/usr/bin/env bash
# S3 against aws-sdk-s3, side by side in one run on this machine: the builds of
# bench/builds.sh (generation, lines, clean debug and release builds of a one-call program, the
# S3 crate alone, peak rustc memory, stripped binaries), then, with both release binaries
# against one loopback S3 (`bench-s3-ours serve`): ListObjectsV2 calls whose answer lists 100
# objects (wall and CPU per call), the floor (the same round trip on a plain blocking socket),
# and a PutObject from a file (each SDK's defaults: a CRC-32 in an aws-chunked trailer).
# Pairs alternate (ours, theirs; theirs, ours; ...). Both lock files are committed.
#
# Usage: bench/s3.sh [ROUNDS] [PROFILES] [CALLS] [UPLOAD_MIB]    e.g. bench/s3.sh 3 "dev release" 2000 1024
# Not part of CI: about an hour on 2 cores with the defaults, most of it building aws-sdk-s3.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
rounds=${1:-3}
profiles=${2:-dev release}
calls=${3:-2000}
upload_mib=${4:-1024}
"$root/bench/builds.sh" s3 "$rounds" "$profiles"
work=$root/target/bench-s3
log=$work/results.txt
say() { echo "$*" | tee -a "$log"; }

for side in ours official; do
    CARGO_TARGET_DIR="$work/target-$side-release" cargo build -q --locked --release \
        --manifest-path "$root/bench/s3/$side/Cargo.toml"
done
bin() { echo "$work/target-$1-release/release/bench-s3-$1"; }

"$(bin ours)" serve 127.0.0.1:4598 &
server=$!
trap 'kill $server' EXIT
sleep 0.5
export AWS_ENDPOINT_URL=http://127.0.0.1:4598 AWS_REGION=us-east-1 AWS_ACCESS_KEY_ID=AKID AWS_SECRET_ACCESS_KEY=SECRET
export AWS_EC2_METADATA_DISABLED=true
load() { cut -d' ' -f1-3 /proc/loadavg; }

for side in ours official; do "$(bin "$side")" calls 200 >/dev/null; done   # warm up
"$(bin ours)" raw 200 >/dev/null
for ((r = 1; r <= rounds; r++)); do
    if ((r % 2)); then order="ours official"; else order="official ours"; fi
    for side in $order; do say "round $r: $("$(bin "$side")" calls "$calls") | load $(load)"; done
done
for ((r = 1; r <= rounds; r++)); do say "round $r: $("$(bin ours)" raw "$calls") | load $(load)"; done

file=$work/upload.bin
rm -f "$file"
truncate -s "${upload_mib}M" "$file"
for ((r = 1; r <= rounds; r++)); do
    if ((r % 2)); then order="ours official"; else order="official ours"; fi
    for side in $order; do say "round $r: $("$(bin "$side")" upload "$file") | load $(load)"; done
done
rm -f "$file"
say "results in $log"
