// Command balansplan is the Balansplan program: without a subcommand it
// opens the desktop application (on the given plan file, the last one used,
// or the demo plan on first start); with a subcommand it works without a
// display, for scripts and for tests.
//
//	balansplan [PLAN.balans]
//	balansplan demo    --out F.balans
//	balansplan import  --in F.json --out F.balans
//	balansplan export  --in F.balans --out F.pdf [--lang nl|en]
//	balansplan export  --in F.balans --out F.json --format json
//	balansplan analyse --in F.balans [--json] [--lang nl|en]
//	balansplan check   --in F.balans
//	balansplan export  --in F.balans --out W.pdf --report workshop
//	balansplan merge   --out M.balans [--prefer A.balans] A.balans B.balans [...]
//	balansplan answers --in F.balans --csv answers.csv [--map mapping.json] [--skip 3,7]
//
// Exit status: 0 on success, 1 on a problem with the user's input (one
// line per problem on stderr, in the user's language), 2 on wrong usage.
// No command modifies a file it only reads (answers changes its plan
// file, in one transaction, and only when every row is good): input plans are opened
// read-only, and every output is written to a temporary file first and
// renamed into place, so a failed command leaves no partial file.
//
// The package holds wiring only: parsing flags, choosing the language and
// calling model, store, planning, export and ui.
package main
