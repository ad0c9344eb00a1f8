package crash

// The goldens' -update flag is defined in ui/internal/golden; every test
// package under ui/ imports it, so that `go test ./ui/... -update` is
// understood by all of them.
import _ "balansplan/ui/internal/golden"
