// Command bench is a benchmark aid, never a dependency of Balansplan. It
// compares the PDF export with a word processor doing the same job: it
// writes the report of a plan as HTML (same chapters, paragraphs, tables
// and charts, the charts as SVG files) and measures, as whole processes,
//
//   - Balansplan: this program re-run with -pdf, which analyses the plan,
//     builds the report and writes the PDF;
//   - LibreOffice: soffice --headless --convert-to pdf on the HTML.
//
// It prints the median of -runs runs of each. LibreOffice is not installed
// by default; on Debian: apt-get install -y libreoffice-writer-nogui.
//
//	go run ./export/bench -plan large -out /tmp/bench -runs 5
package main
