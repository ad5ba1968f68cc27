#!/usr/bin/env bash
# One service, this generator's crate against the official aws-sdk-<service>, side by side in
# one run on this machine: generation time, lines of each crate, clean debug and release builds
# of a one-call program (bench/<service>/ours, bench/<service>/official), the service crate's own
# rustc time, the peak memory of any rustc of the build, and the binary (stripped in release:
# both set `strip`). bench/ec2.sh and bench/s3.sh run it.
#
# Usage: bench/builds.sh SERVICE [ROUNDS] [PROFILES]    e.g. bench/builds.sh ec2 3 "dev release"
# Rounds alternate the order (ours, theirs; then theirs, ours; ...), so that a machine getting
# faster or slower during the run does not favour either side. Both builds use cargo's
# defaults for the profile, their committed Cargo.lock (--locked), and a fresh target
# directory; sources are fetched before timing. Not part of CI: for EC2 about 25 minutes a
# round on 2 cores, most of it aws-sdk-ec2.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
service=$1
rounds=${2:-3}
profiles=${3:-dev release}
work=$root/target/bench-$service
log=$work/results.txt
mkdir -p "$work"
: >"$log"
say() { echo "$*" | tee -a "$log"; }

# Generation, three times (the crate the program depends on is the last one).
(cd "$root" && cargo build -q --release -p xtask)
"$root/target/release/xtask" fetch-botocore >/dev/null
for i in 1 2 3; do
    rm -rf "$work/crates"
    start=$(date +%s.%N)
    "$root/target/release/xtask" check-models --only "$service" --no-compile --out "$work/crates" >/dev/null
    say "generate $service (run $i): $(echo "$(date +%s.%N) - $start" | bc | cut -c1-5) s wall"
done

(cd "$root/bench/$service/ours" && cargo fetch -q --locked)
(cd "$root/bench/$service/official" && cargo fetch -q --locked)
official_src=$(cd "$root/bench/$service/official" &&
    cargo metadata -q --locked --format-version 1 |
    python3 -c 'import json,sys; m=json.load(sys.stdin); print(next(p["manifest_path"] for p in m["packages"] if p["name"]==sys.argv[1]))' "aws-sdk-$service" |
    xargs dirname)
count() { find "$1" -name '*.rs' -print0 | xargs -0 cat | wc -l; }
say "lines: ours $(count "$work/crates/$service/src") ($service-client), official $(count "$official_src/src") ($(basename "$official_src"))"
say "rustc $(rustc --version | cut -d' ' -f2)"

# Every rustc of a build runs under `time`, so the log holds each crate's wall, CPU and peak
# memory; the service crate's line is its own build.
wrapper=$work/rustc-wrapper
cat >"$wrapper" <<'EOF'
#!/usr/bin/env bash
crate=unknown
prev=
for a in "$@"; do
    if [ "$prev" = --crate-name ]; then crate=$a; fi
    prev=$a
done
exec /usr/bin/time -a -o "$BENCH_RUSTC_LOG" -f "$crate %e %U %S %M" "$@"
EOF
chmod +x "$wrapper"

build() { # side profile
    local side=$1 profile=$2 dir=$root/bench/$service/$1 target=$work/target-$1-$2
    local krate=${service}_client
    [ "$side" = official ] && krate=aws_sdk_$service
    rm -rf "$target"
    local rlog=$work/rustc-$side-$profile.log
    : >"$rlog"
    local load
    load=$(cut -d' ' -f1-3 /proc/loadavg)
    local t
    t=$( { /usr/bin/time -f '%e %U %S' env BENCH_RUSTC_LOG="$rlog" RUSTC_WRAPPER="$wrapper" \
        CARGO_TARGET_DIR="$target" cargo build -q --locked --profile "$profile" \
        --manifest-path "$dir/Cargo.toml" 2>&1 >/dev/null; } 2>&1 | tail -1)
    local wall user sys
    read -r wall user sys <<<"$t"
    local peak crate_line
    peak=$(awk '$5 ~ /^[0-9]+$/ { if ($5 > m) { m = $5; c = $1 } } END { printf "%.2f GiB (%s)", m / 1048576, c }' "$rlog")
    crate_line=$(awk -v k="$krate" '$1 == k { printf "%s s wall, %s s CPU", $2, $3 + $4 }' "$rlog")
    local dirname=debug
    [ "$profile" = release ] && dirname=release
    local bin=$target/$dirname/bench-$service-$side
    local size
    size=$(stat -c %s "$bin")
    say "$(printf '%-8s %-7s build %7.1f s wall %7.1f s CPU | %s alone: %s | peak rustc %s | binary %.1f MiB | load before %s' \
        "$side" "$profile" "$wall" "$(echo "$user + $sys" | bc)" "$krate" "$crate_line" "$peak" \
        "$(echo "$size / 1048576" | bc -l)" "$load")"
}

for profile in $profiles; do
    for ((r = 1; r <= rounds; r++)); do
        if ((r % 2)); then order="ours official"; else order="official ours"; fi
        for side in $order; do
            build "$side" "$profile"
        done
    done
done
say "results in $log"
