# Shared by scripts/demo, scripts/test and scripts/bench: install the Debian
# packages newsdex needs (only those missing), and configure + build.
# Sourced, not run.

NEWSDEX_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
NEWSDEX_BUILD=${NEWSDEX_BUILD:-$NEWSDEX_ROOT/build}

# Build tools and libraries, by Debian package name.
NEWSDEX_PACKAGES=(
  build-essential cmake pkg-config
  libxapian-dev libicu-dev libcxxopts-dev libboost-test-dev nlohmann-json3-dev
  libsimdjson-dev libxml2-dev zlib1g-dev libcld2-dev libjemalloc-dev wngerman help2man xapian-tools
)

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

install_missing_packages() {
  local missing=() pkg
  for pkg in "${NEWSDEX_PACKAGES[@]}" "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" ||
      missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  say "installing missing Debian packages: ${missing[*]}"
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "need root or sudo to install: ${missing[*]}" >&2; return 1; }
    sudo=(sudo)
  fi
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# build [cmake args...]: configure (Release unless told) and build on all
# cores, in $NEWSDEX_BUILD.
build() {
  say "building in $NEWSDEX_BUILD"
  cmake -S "$NEWSDEX_ROOT" -B "$NEWSDEX_BUILD" -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
  cmake --build "$NEWSDEX_BUILD" -j "$(nproc)"
}

# The flags of the sanitizer build (ASan + UBSan, every UB report fatal).
NEWSDEX_SANITIZE_FLAGS="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer -DNEWSDEX_SANITIZE"
