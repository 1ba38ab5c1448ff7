#!/usr/bin/env bash
# The 11-character SMS Retriever hash of an Android app, for ANDROID_APP_HASHES: the package name, a space and the
# signing certificate (hex) hashed with SHA-256, Base64, the first 11 characters (Google's AppSignatureHelper).
#   scripts/android-app-hash.sh com.loopin.app release.keystore upload-key     # asks for the keystore password
#   scripts/android-app-hash.sh com.loopin.app --cert signing-cert.der          # a certificate file (DER)
set -euo pipefail
[ $# -ge 3 ] || { echo "usage: $0 PACKAGE KEYSTORE ALIAS | $0 PACKAGE --cert CERT.der" >&2; exit 2; }
package=$1
if [ "$2" = "--cert" ]; then
    hex=$(xxd -p "$3" | tr -d '[:space:]')
else
    hex=$(keytool -exportcert -alias "$3" -keystore "$2" | xxd -p | tr -d '[:space:]')
fi
printf '%s %s' "$package" "$hex" | sha256sum | cut -c1-64 | xxd -r -p | base64 | cut -c1-11
