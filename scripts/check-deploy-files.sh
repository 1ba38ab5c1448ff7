#!/usr/bin/env bash
# Checks what can be checked of the container files without a Docker engine: the compose file parses with the
# example environment, every variable the server reads is in .env.production.example, and the Dockerfile's start command
# is the one scripts/smoke-jar.sh exercises.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v docker-compose >/dev/null 2>&1; then
    (apt-get update -qq && apt-get install -y -qq docker-compose) >/dev/null 2>&1 || true
fi
if command -v docker-compose >/dev/null 2>&1; then
    dir=$(mktemp -d)
    cp docker-compose.yml "$dir/" && cp .env.production.example "$dir/.env"
    (cd "$dir" && docker-compose config -q) && echo "docker-compose.yml parses with .env.production.example"
    rm -rf "$dir"
else
    echo "docker-compose is not installable here: compose file not parsed" >&2
fi

missing=0
for variable in $(grep -oE '\$\{[A-Z][A-Z0-9_]+' src/main/resources/application.yml | sed 's/\${//' | sort -u) DATABASE_URL LOG_FORMAT ENVIRONMENT; do
    if ! grep -qE "^#? ?$variable=" .env.production.example; then
        echo ".env.production.example does not list $variable" >&2
        missing=1
    fi
done
[ "$missing" = 0 ] && echo ".env.production.example lists every variable the server reads"

# scripts/smoke-jar.sh (and bench/run.sh) start the jar with the Dockerfile's own flags, read from its ENTRYPOINT
grep -qE '^ENTRYPOINT \["java", "-XX:AOTCache=app.aot", .*"-jar", "loopin-backend.jar"\]$' Dockerfile \
    && grep -qF 'mapfile -t JVM_FLAGS < <(python3 scripts/image-jvm-flags.py)' scripts/smoke-jar.sh \
    && grep -qF '"$JAVA" "${JVM_FLAGS[@]}" -jar loopin-backend.jar' scripts/smoke-jar.sh \
    && echo "the Dockerfile starts the jar as scripts/smoke-jar.sh does (its ENTRYPOINT's flags)" \
    || { echo "the Dockerfile and scripts/smoke-jar.sh start the jar differently" >&2; missing=1; }
exit "$missing"
