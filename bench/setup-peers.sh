#!/usr/bin/env bash
# Installs the chart-rendering peer for `npm run bench`: vega-lite's command-line tool (vl2svg, from
# vega-cli) and the `canvas` package it needs, built from source against Debian's Cairo and Pango.
# They go into bench/.peers/ with their own package.json, never into the project's dependencies.
set -euo pipefail
cd "$(dirname "$0")"

need=()
for pkg in build-essential libcairo2-dev libpango1.0-dev libjpeg-dev libgif-dev librsvg2-dev; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}"
fi

mkdir -p .peers
cd .peers
[ -f package.json ] || echo '{ "name": "trade-claims-bench-peers", "private": true }' > package.json
# The same vega and vega-lite versions as the project, so both sides render the same specs.
vega=$(node -p 'require("../../node_modules/vega/package.json").version')
vegalite=$(node -p 'require("../../node_modules/vega-lite/package.json").version')
npm_config_build_from_source=true npm install --no-audit --no-fund canvas "vega@$vega" "vega-lite@$vegalite" vega-cli
echo "peers installed in bench/.peers: $(ls node_modules/.bin | grep -E '^vl2svg$')"
