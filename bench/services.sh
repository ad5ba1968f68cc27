#!/usr/bin/env bash
# What a program using several services costs: lines of generated/, and clean debug and release
# builds and the stripped release size of a program calling one service (Proton) and of one
# calling four (Proton, DynamoDB, Kinesis, Step Functions), for this tree and, given a git
# revision, for that revision too, in one run on this machine.
# Usage: bench/services.sh [REV]      (not part of CI: about 15 minutes on 2 cores)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
shared=$(cd "$root/../shared" && pwd)
rev=${1:-}
work=$root/target/bench-services
rm -rf "$work"
git -C "$root" worktree prune
mkdir -p "$work"

trees=("current:$root")
if [ -n "$rev" ]; then
    git -C "$root" worktree add --detach "$work/tree-$rev" "$rev" >/dev/null
    trap 'git -C "$root" worktree remove --force "$work/tree-$rev"' EXIT
    trees=("$rev:$work/tree-$rev" "${trees[@]}")
fi

one_service='
#![allow(deprecated)]
#[tokio::main]
async fn main() {
    let proton = proton_client::Client::from_env().await;
    let _ = proton.list_services(proton_client::operation::list_services::ListServicesInput::new()).await;
}'
four_services='
#![allow(deprecated)]
#[tokio::main]
async fn main() {
    let proton = proton_client::Client::from_env().await;
    let _ = proton.list_services(proton_client::operation::list_services::ListServicesInput::new()).await;
    let dynamodb = dynamodb_client::Client::from_env().await;
    let _ = dynamodb.list_tables(dynamodb_client::operation::list_tables::ListTablesInput::new()).await;
    let kinesis = kinesis_client::Client::from_env().await;
    let _ = kinesis.list_streams(kinesis_client::operation::list_streams::ListStreamsInput::new()).await;
    let sfn = sfn_client::Client::from_env().await;
    let _ = sfn.list_activities(sfn_client::operation::list_activities::ListActivitiesInput::new()).await;
}'

seconds() { date +%s.%N; }

for entry in "${trees[@]}"; do
    name=${entry%%:*}
    tree=${entry#*:}
    # Inside the tree, so its xtask gives the crates a path to its runtime (when it has one).
    out=$tree/target/bench-services-crates
    rm -rf "$out"
    mkdir -p "$out"
    (cd "$tree" && cargo build -q --release -p xtask)
    "$tree/target/release/xtask" codegen --model "$tree/model/proton" --out "$out/proton" 2>/dev/null
    for s in dynamodb-2012-08-10:dynamodb kinesis-2013-12-02:kinesis sfn-2016-11-23:sfn; do
        "$tree/target/release/xtask" codegen --model "$shared/models/smithy/${s%%:*}.json" --out "$out/${s#*:}" 2>/dev/null
    done
    lines=$(cat "$tree"/generated/src/*.rs "$tree"/generated/src/*/*.rs | wc -l)
    bytes=$(cat "$tree"/generated/src/*.rs "$tree"/generated/src/*/*.rs | wc -c)
    echo "$name: generated/ src: $lines lines, $((bytes / 1024)) KiB"
    for program in one four; do
        dir=$out/program-$program
        mkdir -p "$dir/src"
        if [ "$program" = one ]; then
            deps='proton-client = { path = "../proton" }'
            echo "$one_service" > "$dir/src/main.rs"
            members='"program-one", "proton"'
        else
            deps='proton-client = { path = "../proton" }
dynamodb-client = { path = "../dynamodb" }
kinesis-client = { path = "../kinesis" }
sfn-client = { path = "../sfn" }'
            echo "$four_services" > "$dir/src/main.rs"
            members='"program-four", "proton", "dynamodb", "kinesis", "sfn"'
        fi
        printf '[package]\nname = "program-%s"\nversion = "0.0.0"\nedition = "2021"\npublish = false\n\n[dependencies]\n%s\ntokio = { version = "1", features = ["macros", "rt-multi-thread"] }\n\n[profile.release]\nstrip = true\n' \
            "$program" "$deps" > "$dir/Cargo.toml"
        printf '[workspace]\nresolver = "2"\nmembers = [%s]\n\n[profile.release]\nstrip = true\n' "$members" > "$out/Cargo.toml"
        cp "$tree/Cargo.lock" "$out/Cargo.lock"
        for profile in debug release; do
            target=$work/target-$name-$program-$profile
            flag=""
            [ "$profile" = release ] && flag="--release"
            start=$(seconds)
            (cd "$out" && CARGO_TARGET_DIR=$target cargo build -q $flag -p "program-$program")
            end=$(seconds)
            size=""
            if [ "$profile" = release ]; then
                size=$(printf ', stripped binary %.2f MiB' "$(echo "$(stat -c %s "$target/release/program-$program") / 1048576" | bc -l)")
            fi
            printf '%s: %s service(s), clean %s build: %.1f s%s\n' "$name" "$program" "$profile" "$(echo "$end - $start" | bc)" "$size"
            rm -rf "$target"
        done
    done
    rm -rf "$out"
done
