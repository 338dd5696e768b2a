#!/bin/sh
# Runs every test: domain, process, the deployed EAR on WildFly with H2 (or PostgreSQL with
# -Ppostgresql), and the browser journeys in headless Chromium. Needs Java 17; on Debian or Ubuntu
# it installs Chromium and ChromeDriver when they are missing (as root, or through sudo). Elsewhere
# install both and name them: CHROMIUM=/path/to/chromium CHROMEDRIVER=/path/to/chromedriver.
#   ./test.sh                 everything on H2
#   ./test.sh -Ppostgresql    the deployed tests on PostgreSQL (database lodestone, see README)
set -e
cd "$(dirname "$0")"
find_browser() {
  CHROMIUM="${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}"
  CHROMEDRIVER="${CHROMEDRIVER:-$(command -v chromedriver || true)}"
}
find_browser
if [ -z "$CHROMIUM" ] || [ -z "$CHROMEDRIVER" ]; then
  if command -v apt-get >/dev/null 2>&1; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "Installing chromium and chromium-driver for the browser tests"
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q || true
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver
    find_browser
  fi
fi
if [ -z "$CHROMIUM" ] || [ -z "$CHROMEDRIVER" ]; then
  echo "The browser tests need Chromium and ChromeDriver: set CHROMIUM and CHROMEDRIVER" >&2
  exit 1
fi
exec ./mvnw -B verify -Dchromium.binary="$CHROMIUM" -Dchromedriver.binary="$CHROMEDRIVER" "$@"
