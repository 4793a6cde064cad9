#!/usr/bin/env bash
# The DocC archive of AdvisorKit: the articles of Sources/AdvisorKit/AdvisorKit.docc and the API of
# every target AdvisorKit re-exports.
#
#   bash Sources/Documentation/generate-documentation.sh                 # .build-docs/AdvisorKit.doccarchive
#   bash Sources/Documentation/generate-documentation.sh --preview       # browse it at http://localhost:8080/documentation/advisorkit
#   bash Sources/Documentation/generate-documentation.sh --transform-for-static-hosting --hosting-base-path NAME
#
# Other arguments go to `docc convert` (or `docc preview`). The symbol graphs come from the compiler
# (swift build -emit-symbol-graph), since only those include the symbols of re-exported modules;
# swift-docc-plugin's extractor leaves them out, and every link to a type would then fail.
set -euo pipefail
cd "$(dirname "$0")/../.."

scratch=.build-docs
graphs=$scratch/symbol-graphs
rm -rf "$graphs/AdvisorKit"
mkdir -p "$graphs/all" "$graphs/AdvisorKit"
build() {
  swift build --target AdvisorKit --scratch-path "$scratch" \
    -Xswiftc -emit-symbol-graph -Xswiftc -emit-symbol-graph-dir -Xswiftc "$PWD/$graphs/all" >&2
}
build
# The compiler writes a module's graphs when it compiles the module: when they are missing from an
# up-to-date build, compile AdvisorKit again.
if [ ! -f "$graphs/all/AdvisorKit.symbols.json" ]; then
  touch Sources/AdvisorKit/AdvisorKit.swift
  build
fi
# AdvisorKit's graphs hold the re-exported targets' symbols; the others would document them twice.
cp "$graphs"/all/AdvisorKit.symbols.json "$graphs"/all/AdvisorKit@*.symbols.json "$graphs/AdvisorKit/"

action=convert
output=(--output-path "$scratch/AdvisorKit.doccarchive")
if [ "${1:-}" = "--preview" ]; then
  action=preview
  output=()
  shift
fi
docc "$action" Sources/AdvisorKit/AdvisorKit.docc \
  --additional-symbol-graph-dir "$graphs/AdvisorKit" \
  --fallback-display-name AdvisorKit --fallback-bundle-identifier AdvisorKit \
  --warnings-as-errors "${output[@]}" "$@"
[ "$action" = preview ] || echo "Documentation archive: $scratch/AdvisorKit.doccarchive" >&2
