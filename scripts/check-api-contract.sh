#!/usr/bin/env bash
# The OpenAPI contract as its users meet it (CI runs this after the tests, which keep docs/openapi.json equal to
# the served document): Redocly's recommended rules with no error, a TypeScript client (openapi-typescript +
# openapi-fetch) compiled with --strict, and a Java client (openapi-generator) compiled. Needs node/npm (npm
# registry) and Maven Central.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== npm packages (clients/typescript/package.json)"
(cd clients/typescript && npm ci --no-audit --no-fund --loglevel=error)
BIN=clients/typescript/node_modules/.bin

echo "== Redocly lint, recommended rules"
"$BIN/redocly" lint docs/openapi.json --config redocly.yaml

echo "== TypeScript client, tsc --strict"
"$BIN/openapi-typescript" docs/openapi.json -o clients/typescript/generated/loopin.ts
(cd clients/typescript && node_modules/.bin/tsc -p tsconfig.json)

echo "== Java client (openapi-generator), compiled"
./mvnw -q -B -f clients/java/pom.xml compile
echo "API CONTRACT OK"
