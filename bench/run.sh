#!/usr/bin/env bash
# Compares this project's generated Proton client with aws-sdk-proton + aws-config on this
# machine, in one run:
#   (a) clean debug and release builds of a one-call program;
#   (b) the service crate alone, rebuilt on top of its built dependencies (ours: proton-client,
#       and proton-client with the runtime crate; official: aws-sdk-proton);
#   (c) the cost of a call against a loopback fake, and the floor: the same round trip written
#       by hand on a socket (`bench-ours raw`);
#   (d) the stripped release binary.
# Needs network access to crates.io.
# Usage: bench/run.sh [calls]   (not part of CI: it builds aws-sdk-proton; ~10 minutes on 2 cores)
set -euo pipefail
cd "$(dirname "$0")"
calls=${1:-5000}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
seconds() { date +%s.%N; }
timed() { # label, dir, cargo args...
    local label=$1 dir=$2
    shift 2
    local start end
    start=$(seconds)
    (cd "$dir" && CARGO_TARGET_DIR="$out/$dir" cargo "$@" -q --offline)
    end=$(seconds)
    printf '%-9s %-44s %6.1f s\n' "$dir" "$label" "$(echo "$end - $start" | bc)"
}

for b in ours official; do
    (cd "$b" && cargo fetch -q)
done
for b in ours official; do
    timed "clean debug build" "$b" build
    rm -rf "${out:?}/$b"
    timed "clean release build" "$b" build --release
done
for profile in debug release; do
    flag=()
    [ "$profile" = release ] && flag=(--release)
    [ "$profile" = debug ] && for b in ours official; do (cd "$b" && CARGO_TARGET_DIR="$out/$b" cargo build -q --offline); done
    (cd ours && CARGO_TARGET_DIR="$out/ours" cargo clean -q ${flag[@]+"${flag[@]}"} -p proton-client)
    timed "crate alone ($profile): proton-client" ours build ${flag[@]+"${flag[@]}"}
    (cd ours && CARGO_TARGET_DIR="$out/ours" cargo clean -q ${flag[@]+"${flag[@]}"} -p proton-client -p awsgen-runtime)
    timed "crate alone ($profile): proton-client+runtime" ours build ${flag[@]+"${flag[@]}"}
    (cd official && CARGO_TARGET_DIR="$out/official" cargo clean -q ${flag[@]+"${flag[@]}"} -p aws-sdk-proton)
    timed "crate alone ($profile): aws-sdk-proton" official build ${flag[@]+"${flag[@]}"}
done

"$out/ours/release/bench-ours" serve 127.0.0.1:4599 &
server=$!
trap 'kill $server; rm -rf "$out"' EXIT
sleep 0.5
export AWS_ENDPOINT_URL=http://127.0.0.1:4599 AWS_REGION=us-east-1 AWS_ACCESS_KEY_ID=AKID AWS_SECRET_ACCESS_KEY=SECRET
export AWS_EC2_METADATA_DISABLED=true
"$out/ours/release/bench-ours" raw 500 >/dev/null   # warm up
"$out/ours/release/bench-ours" raw "$calls"
for b in ours official; do
    "$out/$b/release/bench-$b" 500 >/dev/null   # warm up
    "$out/$b/release/bench-$b" "$calls"
done
for b in ours official; do
    printf '%-9s release binary (stripped): %6.2f MiB\n' "$b" "$(echo "$(stat -c %s "$out/$b/release/bench-$b") / 1048576" | bc -l)"
done
