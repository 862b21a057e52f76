#!/usr/bin/env bash
# Measures launch -> /actuator/health UP on this machine, side by side in one run:
#   1. the packaged jar, first start (empty data directory, demo plant loaded);
#   2. the packaged jar, existing data directory (N runs);
#   3. the jar extracted (java -Djarmode=tools extract), existing data directory (N runs);
#   4. the README's run command, ./mvnw spring-boot:run, Maven's own start included (N runs);
#   5. the extracted jar with a JDK AOT cache from one training run (Java 25+), existing data directory (N runs).
# Usage: JAVA_HOME=<jdk 21+> bench/startup.sh [runs]   (builds the jar first if it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
port="${BENCH_PORT:-18080}"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
flags=(--add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED)
jar=$(ls target/millwright-*.jar 2>/dev/null | grep -v original | head -n 1 || true)
if [[ -z "$jar" ]]; then
  ./mvnw -q -B -DskipTests package
  jar=$(ls target/millwright-*.jar | grep -v original | head -n 1)
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
data="$work/data"

# Starts the server with the given java arguments and prints seconds until health is UP.
start_once() {
  launch "$java" "${flags[@]}" "$@"
}

# Runs a command in its own process group and prints seconds until health is UP; then stops it.
launch() {
  local begin pid
  begin=$(date +%s.%N)
  MILLWRIGHT_DATA_DIR="$data" MILLWRIGHT_PORT="$port" MILLWRIGHT_ADMIN_API_KEY=bench-admin-key-0123456789 \
    setsid "$@" >"$work/run.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 2400); do
    if curl -fs "localhost:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; then
      awk -v a="$begin" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f\n", b - a }'
      kill -- -"$pid"; wait "$pid" 2>/dev/null || true
      sleep 1
      return 0
    fi
    sleep 0.05
  done
  kill -- -"$pid" 2>/dev/null || true
  cat "$work/run.log" >&2
  echo "server did not become healthy" >&2
  return 1
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

row() { # scenario, then the times
  local name=$1; shift
  printf '| %s | %s | %s | %s |\n' "$name" "$(printf '%s\n' "$@" | median)" "$#" "$*"
}

first=$(start_once -jar "$jar")
plain=(); for _ in $(seq 1 "$runs"); do plain+=("$(start_once -jar "$jar")"); done
"$java" -Djarmode=tools -jar "$jar" extract --destination "$work/extracted" >/dev/null
extracted_jar="$work/extracted/$(basename "$jar")"
extracted=(); for _ in $(seq 1 "$runs"); do extracted+=("$(start_once -jar "$extracted_jar")"); done

readme=(); for _ in $(seq 1 "$runs"); do readme+=("$(launch ./mvnw -q -o spring-boot:run)"); done

echo "| scenario | median s | runs | all s |"
echo "|---|---|---|---|"
row "jar, first start (empty data dir, demo load)" "$first"
row "README command ./mvnw spring-boot:run (Maven start included), existing data dir" "${readme[@]}"
row "jar, existing data dir" "${plain[@]}"
row "extracted jar, existing data dir" "${extracted[@]}"
if "$java" -XX:AOTCacheOutput="$work/probe.aot" -version >/dev/null 2>&1; then
  MILLWRIGHT_DATA_DIR="$data" MILLWRIGHT_PORT="$port" "$java" "${flags[@]}" -XX:AOTCacheOutput="$work/app.aot" \
    -Dspring.context.exit=onRefresh -jar "$extracted_jar" >"$work/train.log" 2>&1
  cached=(); for _ in $(seq 1 "$runs"); do cached+=("$(start_once -XX:AOTCache="$work/app.aot" -jar "$extracted_jar")"); done
  row "extracted jar + AOT cache, existing data dir" "${cached[@]}"
fi
