#!/bin/sh
# Installs the Debian packages Edgeplan needs that are not installed yet.
# Usage: tools/install-deps.sh build|run|test|package|fuzz
# Says what it installs; installs nothing when everything is there.
set -eu

BUILD_PACKAGES="cmake make g++ pkg-config qt6-base-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools \
qt6-l10n-tools qt6-translations-l10n libgl-dev nlohmann-json3-dev libxlsxwriter-dev libexpat1-dev fonts-noto-cjk"
RUN_PACKAGES="xvfb xauth"
# make package: CPack's DEB generator computes the dependencies with dpkg-shlibdeps.
PACKAGE_PACKAGES="dpkg-dev file"
TEST_PACKAGES="xvfb xauth nftables xlsx2csv poppler-utils libxml2-utils prosody coturn kamailio kamailio-tls-modules dnsmasq-base openssl bind9-utils \
desktop-file-utils appstream mandoc shared-mime-info dpkg-dev file"

case "${1:-build}" in
    build) wanted="$BUILD_PACKAGES" ;;
    run) wanted="$BUILD_PACKAGES $RUN_PACKAGES" ;;
    test) wanted="$BUILD_PACKAGES $TEST_PACKAGES" ;;
    package) wanted="$BUILD_PACKAGES $PACKAGE_PACKAGES" ;;
    fuzz) wanted="$BUILD_PACKAGES clang libclang-rt-14-dev" ;;
    *) echo "usage: $0 build|run|test|package|fuzz" >&2; exit 2 ;;
esac

missing=""
for package in $wanted; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $package"
    fi
done

if [ -z "$missing" ]; then
    exit 0
fi

echo "Installing missing Debian packages:$missing"
if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
else
    echo "error: these packages are missing and neither root nor sudo is available:$missing" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing
