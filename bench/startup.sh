#!/usr/bin/env bash
# Measures launch -> /actuator/health UP for the packaged jar on this machine:
# one first start (empty data directory, demo plant loaded) and N starts with an existing data directory.
# Usage: bench/startup.sh [runs]   (builds the jar first if it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
port="${BENCH_PORT:-18080}"
jar=$(ls target/millwright-*.jar 2>/dev/null | grep -v original | head -n 1 || true)
if [[ -z "$jar" ]]; then
  ./mvnw -q -B -DskipTests package
  jar=$(ls target/millwright-*.jar | grep -v original | head -n 1)
fi
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT

start_once() {
  local begin end pid
  begin=$(date +%s.%N)
  MILLWRIGHT_DATA_DIR="$data" MILLWRIGHT_PORT="$port" MILLWRIGHT_ADMIN_API_KEY=bench-admin-key-0123456789 \
    java --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -jar "$jar" >"$data/run.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 1200); do
    if curl -fs "localhost:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; then
      end=$(date +%s.%N)
      kill "$pid"; wait "$pid" 2>/dev/null || true
      awk -v a="$begin" -v b="$end" 'BEGIN { printf "%.3f\n", b - a }'
      return 0
    fi
    sleep 0.05
  done
  kill "$pid" 2>/dev/null || true
  echo "server did not become healthy; see $data/run.log" >&2
  return 1
}

first=$(start_once)
times=()
for _ in $(seq 1 "$runs"); do times+=("$(start_once)"); done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}')
echo "| scenario | seconds | runs |"
echo "|---|---|---|"
printf '| first start (empty data dir, demo load) | %.2f | 1 |\n' "$first"
printf '| start with existing data dir (median) | %.2f | %s |\n' "$median" "$runs"
printf '| start with existing data dir (all) | %s | %s |\n' "$(printf '%.2f ' "${times[@]}")" "$runs"
