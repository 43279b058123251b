#!/usr/bin/env bash
# Publishes the app as it is deployed and as every benchmark measures it: Release, self-contained for
# linux-x64, each assembly compiled ahead of time (ReadyToRun). Usage: bench/publish.sh OUTDIR [LOG]
# Prints what it built (one line). ReadyToRun's intermediate files are removed first: a publish after one
# with other ReadyToRun settings (a composite image, say) would otherwise reuse them and copy assemblies that
# cannot load without the image they were compiled into.
set -euo pipefail
cd "$(dirname "$0")/.."
dest=$1 log=${2:-/dev/null}
rm -rf "$dest" src/AsianNatoBrief.Web/obj/Release/net10.0/linux-x64/R2R
if dotnet publish src/AsianNatoBrief.Web -c Release -r linux-x64 --self-contained true -p:PublishReadyToRun=true \
        -o "$dest" -nologo -v q >"$log" 2>&1; then
    echo "Release, self-contained, ReadyToRun (linux-x64)"
else
    echo "bench/publish.sh: ReadyToRun publish failed (see $log); publishing without it" >&2
    dotnet publish src/AsianNatoBrief.Web -c Release -o "$dest" -nologo -v q >"$log" 2>&1
    echo "Release (JIT)"
fi
# The build servers a publish leaves running would compete with the app for the CPU.
dotnet build-server shutdown >/dev/null 2>&1 || true
