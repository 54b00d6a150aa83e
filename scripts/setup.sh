#!/usr/bin/env bash
# Shared set-up for hvdesk's two commands (scripts/demo.sh, scripts/test.sh):
#  1. installs the Debian packages that are missing (as root, or through sudo);
#  2. builds KDE Syntax Highlighting for Qt 6 into .deps/ when the system has no KF6 package;
#  3. configures the build with the CMake preset named in $1 (default: dev).
# Safe to run again: each step does nothing when its work is already done.
set -euo pipefail

HVDESK_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PRESET=${1:-dev}

# Everything hvdesk needs to build, run its demo, run its tests and benchmarks on Debian 12.
HVDESK_PACKAGES=(
  build-essential cmake ninja-build pkg-config git curl ca-certificates xz-utils perl
  qt6-base-dev qt6-base-dev-tools libxkbcommon-dev qt6-charts-dev libqt6opengl6-dev libqt6svg6
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools extra-cmake-modules libgl-dev
  libgtest-dev libgmock-dev libbenchmark-dev libvirt-dev libvirt-clients
  qt6-translations-l10n xvfb xauth fonts-dejavu-core
  libssl-dev clang-14 libclang-rt-14-dev
  qtkeychain-qt6-dev dbus gnome-keyring
  python3-winrm wsl uuid-runtime libxml2-utils
)

# KDE Syntax Highlighting: Debian's source archive of the KF5 release that builds against Qt 6.
KSH_VERSION=5.116.0
KSH_ARCHIVE=ksyntax-highlighting_${KSH_VERSION}.orig.tar.xz
KSH_SHA256=6f8ccacebd0dc9ce050b2b23b715750c97938b3336fbbb80967920cb8c1dfaa7
DEPS_DIR=$HVDESK_ROOT/.deps
KSH_PREFIX=$DEPS_DIR/install

log() { printf '\033[1mhvdesk setup:\033[0m %s\n' "$*"; }
die() { printf 'hvdesk setup: error: %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else die "need root to run '$*': run this script as root or install sudo"
  fi
}

install_packages() {
  local missing=() pkg status
  for pkg in "${HVDESK_PACKAGES[@]}" "$@"; do
    status=$(dpkg-query -W -f='${db:Status-Abbrev}' "$pkg" 2>/dev/null || true)
    [ "${status:0:2}" = "ii" ] || missing+=("$pkg")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    log "all ${#HVDESK_PACKAGES[@]} Debian packages are installed"
    return
  fi
  log "installing missing packages: ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# The archive's address comes from this machine's own apt configuration (its Debian mirror's pool).
debian_pool_uri() {
  local uri
  uri=$(apt-get indextargets --format '$(REPO_URI) $(RELEASE)' 'Identifier: Packages' 2>/dev/null \
        | awk '$2 !~ /security/ {print $1; exit}')
  [ -n "$uri" ] || die "no Debian mirror found in the apt configuration (apt-get indextargets)"
  printf '%spool/main/k/ksyntax-highlighting/%s' "$uri" "$KSH_ARCHIVE"
}

system_has_kf6_ksh() {
  compgen -G "/usr/lib/*/cmake/KF6SyntaxHighlighting/KF6SyntaxHighlightingConfig.cmake" >/dev/null \
    || [ -f /usr/lib/cmake/KF6SyntaxHighlighting/KF6SyntaxHighlightingConfig.cmake ]
}

build_ksyntaxhighlighting() {
  local stamp=$KSH_PREFIX/.ksyntaxhighlighting-$KSH_VERSION-qt6
  if system_has_kf6_ksh; then log "using the system's KF6SyntaxHighlighting"; return; fi
  if [ -f "$stamp" ]; then log "KDE Syntax Highlighting $KSH_VERSION (Qt 6) is built in .deps/"; return; fi

  log "building KDE Syntax Highlighting $KSH_VERSION for Qt 6 into .deps/ (about a minute)"
  mkdir -p "$DEPS_DIR/src"
  local archive=$DEPS_DIR/src/$KSH_ARCHIVE
  if [ ! -f "$archive" ] || ! echo "$KSH_SHA256  $archive" | sha256sum -c --status; then
    curl -fsSL --retry 3 -o "$archive.part" "$(debian_pool_uri)" || die "could not download $KSH_ARCHIVE"
    mv "$archive.part" "$archive"
  fi
  echo "$KSH_SHA256  $archive" | sha256sum -c --status || die "$KSH_ARCHIVE: checksum mismatch"

  local src=$DEPS_DIR/src/syntax-highlighting-$KSH_VERSION
  rm -rf "$src" && tar -C "$DEPS_DIR/src" -xJf "$archive"
  [ -d "$src" ] || src=$(find "$DEPS_DIR/src" -maxdepth 1 -type d -name '*highlighting*' | head -1)
  # Debian 12 ships extra-cmake-modules 5.103; the source asks for its own release but builds with it.
  sed -i -E 's/find_package\(ECM [0-9.]+/find_package(ECM 5.103.0/' "$src/CMakeLists.txt"
  cmake -S "$src" -B "$DEPS_DIR/build-ksh" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_INSTALL_PREFIX="$KSH_PREFIX" -DQT_MAJOR_VERSION=6 -DBUILD_SHARED_LIBS=OFF \
    -DBUILD_TESTING=OFF -DBUILD_QCH=OFF -DCMAKE_POSITION_INDEPENDENT_CODE=ON >"$DEPS_DIR/ksh-configure.log" 2>&1 \
    || { tail -30 "$DEPS_DIR/ksh-configure.log"; die "configuring KDE Syntax Highlighting failed (log: .deps/ksh-configure.log)"; }
  cmake --build "$DEPS_DIR/build-ksh" --target install >"$DEPS_DIR/ksh-build.log" 2>&1 \
    || { tail -30 "$DEPS_DIR/ksh-build.log"; die "building KDE Syntax Highlighting failed (log: .deps/ksh-build.log)"; }
  touch "$stamp"
}

configure() {
  log "configuring with CMake preset '$PRESET'"
  cmake --preset "$PRESET" -S "$HVDESK_ROOT" >/dev/null
}

cd "$HVDESK_ROOT"
install_packages
build_ksyntaxhighlighting
configure
