// Command bench is a benchmark aid, never a dependency of Balansplan. It
// compares the PDF export with a word processor doing the same job: it
// writes the report of a plan as HTML (same chapters, paragraphs, tables
// and charts, the charts as SVG files) and measures, as whole processes,
//
//   - Balansplan: this program re-run with -pdf, which analyses the plan,
//     builds the report and writes the PDF;
//   - LibreOffice: soffice --headless --convert-to pdf on the HTML.
//
// With -bin it times the real command instead: it writes the plan to a
// .balans file and runs `balansplan export --in F.balans --out F.pdf`, so
// the file is opened and loaded as a user's export does. -scale N takes N
// times the large plan (model/sample.LargeScaled).
//
// The runs are paired: each pair runs Balansplan and then LibreOffice, so
// that a change in the load of a shared machine hits both, and the ratio
// is the median of the per-pair ratios, for wall time and for CPU time
// (user plus system; LibreOffice's child process included). The load
// average is printed before and after. With -bin, -before OLD runs an
// earlier build of balansplan in the same rounds, right after ours, on the
// same file, and gives its ratio against the same LibreOffice runs: a
// before/after comparison that one machine's changing load cannot tilt. LibreOffice is not installed by
// default; on Debian: apt-get install -y libreoffice-writer-nogui.
//
//	make build
//	go run ./export/bench -plan large -bin bin/balansplan -out /tmp/bench -runs 7
package main
