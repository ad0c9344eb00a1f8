#!/usr/bin/env bash
# The house rule: data flows model -> planning -> export/ui -> cmd and never
# back, and planning is pure Go. This fails the build when an import breaks
# that rule.
set -euo pipefail
cd "$(dirname "$0")/.."
fail=0
forbid() { # package pattern, forbidden import regexp, reason
  bad=$(go list -deps "./$1/..." 2>/dev/null | grep -E "$2" | head -3 || true)
  if [ -n "$bad" ]; then echo "layers: $1 imports $(echo $bad) ($3)"; fail=1; fi
}
forbid planning 'fyne\.io|gorm\.io|gofpdf|^database/sql$' "planning stays pure Go"
forbid model 'fyne\.io|gofpdf' "model knows nothing of screens or PDF"
forbid export 'fyne\.io' "export does not need the GUI"
# Package initialisation cannot be deferred: GUI code linked into the
# command line costs every subcommand its start-up (cmd/internal/desktop).
forbid cmd/balansplan 'fyne\.io|goldmark|go-text|^balansplan/ui' "the command line starts balansplan-gui instead of linking the GUI"
forbid cmd/internal 'fyne\.io|^balansplan/ui' "the command line starts balansplan-gui instead of linking the GUI"
# ui may call export (which uses gofpdf) but must not draw PDFs itself.
direct=$(go list -f '{{.ImportPath}}: {{join .Imports " "}}' ./ui/... | grep -E "gofpdf" || true)
if [ -n "$direct" ]; then echo "layers: ui imports gofpdf itself (the GUI asks export for PDFs): $direct"; fail=1; fi
for p in model planning; do
  back=$(go list -f '{{.ImportPath}}: {{join .Imports " "}}' "./$p/..." | grep -E " balansplan/(ui|export|cmd)" || true)
  if [ -n "$back" ]; then echo "layers: an arrow runs back up: $back"; fail=1; fi
done
purity=$(go list -f '{{.ImportPath}}: {{join .Imports " "}}' ./model | grep -E "gorm\.io|database/sql" || true)
if [ -n "$purity" ]; then echo "layers: model itself must not use GORM (only model/store): $purity"; fail=1; fi
# GORM is the storage's business: only the two stores import it directly
# (and cmd/floor/stack, which links it to measure it and does nothing).
gormers=$(go list -f '{{.ImportPath}}: {{join .Imports " "}}' ./... | grep -E " gorm\.io/" | grep -vE "^balansplan/(model/(store|pgstore)(/[a-z]+)*|cmd/floor/stack):" || true)
if [ -n "$gormers" ]; then echo "layers: only model/store and model/pgstore use GORM: $(echo "$gormers" | cut -d: -f1 | tr '\n' ' ')"; fail=1; fi
exit $fail
