#!/usr/bin/env bash
# EC2 against aws-sdk-ec2 (bench/ec2/ours, bench/ec2/official: one DescribeVpcs): generation,
# lines, clean builds, the crate alone, peak rustc memory, binaries. See bench/builds.sh.
# Usage: bench/ec2.sh [ROUNDS] [PROFILES]    e.g. bench/ec2.sh 3 "dev release"
exec "$(dirname "$0")/builds.sh" ec2 "$@"
