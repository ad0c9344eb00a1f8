package export

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"balansplan/assets"
	"balansplan/model"
	"balansplan/model/sample"
	"balansplan/model/testplan"
	"balansplan/planning"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// fixture is a plan the tests export.
type fixture struct {
	name string
	plan *model.Plan
}

func decode(t testing.TB, name string, data []byte) *model.Plan {
	t.Helper()
	p, probs := model.DecodeJSONBytes(data)
	if len(probs) > 0 {
		t.Fatalf("%s: %v", name, probs)
	}
	return p
}

// fixtures are the demo plan shipped in assets and the worked example of
// the plan contract.
func fixtures(t testing.TB) []fixture {
	t.Helper()
	return []fixture{
		{"demo", decode(t, "demo", assets.DemoPlan)},
		{"regenboog", testplan.Regenboog(t)},
	}
}

func mustReference(t testing.TB) *planning.Reference {
	t.Helper()
	ref, err := planning.BuiltinReference()
	if err != nil {
		t.Fatal(err)
	}
	return ref
}

func analysePlan(p *model.Plan, ref *planning.Reference) *planning.Analysis {
	return planning.Analyse(p, ref)
}

func analyse(t testing.TB, p *model.Plan) *planning.Analysis {
	t.Helper()
	return planning.Analyse(p, mustReference(t))
}

func needTool(t *testing.T, name string) string {
	t.Helper()
	path, err := exec.LookPath(name)
	if err != nil {
		t.Skipf("%s is not installed; install poppler-utils and qpdf to run this check", name)
	}
	return path
}

func run(t *testing.T, name string, args ...string) string {
	t.Helper()
	out, err := exec.Command(needTool(t, name), args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
	}
	return string(out)
}

// squash makes text comparable across line breaks: every run of white
// space (no-break spaces included) becomes one space.
func squash(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '\u00a0' || r == '\f'
	}), " ")
}

func exportTo(t *testing.T, p *model.Plan, l model.Lang) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "plan.pdf")
	if err := ExportPDF(p, analyse(t, p), l, path, nil); err != nil {
		t.Fatalf("export: %v", err)
	}
	return path
}

func TestExportedPlansPassQpdfEmbedAllFontsAndContainTheirContent(t *testing.T) {
	for _, f := range fixtures(t) {
		for _, l := range []model.Lang{model.NL, model.EN} {
			t.Run(f.name+"-"+string(l), func(t *testing.T) {
				path := exportTo(t, f.plan, l)
				run(t, "qpdf", "--check", path)

				fonts := strings.Split(strings.TrimSpace(run(t, "pdffonts", path)), "\n")
				if len(fonts) < 3 {
					t.Fatalf("pdffonts lists no fonts:\n%s", strings.Join(fonts, "\n"))
				}
				for _, line := range fonts[2:] {
					// name type... encoding emb sub uni object ID
					fields := strings.Fields(line)
					if len(fields) < 6 || fields[len(fields)-5] != "yes" {
						t.Errorf("font not embedded: %q", line)
					}
				}

				text := squash(run(t, "pdftotext", "-enc", "UTF-8", path, "-"))
				a := analyse(t, f.plan)
				want := []string{a.Route.Verdict.Label(l)}
				for _, v := range f.plan.Visions {
					want = append(want, squash(v.Title))
				}
				for _, inv := range f.plan.Investments {
					want = append(want, inv.Code)
				}
				for _, w := range want {
					if !strings.Contains(text, w) {
						t.Errorf("the PDF text lacks %q", w)
					}
				}
			})
		}
	}
}

// outline is an entry of the PDF outline as qpdf reports it.
type outline struct {
	Title string    `json:"title"`
	Page  int       `json:"destpageposfrom1"`
	Kids  []outline `json:"kids"`
}

func TestOutlineAndContentsPointAtTheRightPages(t *testing.T) {
	f := fixtures(t)[1]
	p := f.plan
	r := Build(p, analyse(t, p), model.NL)
	path := filepath.Join(t.TempDir(), "plan.pdf")
	if err := WritePDF(r, path); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Outlines []outline `json:"outlines"`
	}
	if err := json.Unmarshal([]byte(run(t, "qpdf", "--json", "--json-key=outlines", path)), &doc); err != nil {
		t.Fatal(err)
	}
	m, _ := loadMetrics()
	lo := layOut(m, r)
	if len(doc.Outlines) != len(r.Chapters)+1 {
		t.Fatalf("outline has %d top entries, want the contents and %d chapters", len(doc.Outlines), len(r.Chapters))
	}
	for i, ch := range r.Chapters {
		o := doc.Outlines[i+1]
		if o.Title != ch.Number+" "+ch.Title {
			t.Errorf("outline entry %d is %q, want %q", i+1, o.Title, ch.Number+" "+ch.Title)
		}
		if len(o.Kids) != len(ch.Sections) {
			t.Errorf("chapter %s has %d outline kids, want %d sections", ch.Number, len(o.Kids), len(ch.Sections))
		}
		if o.Page != lo.chapterPages[i][0] {
			t.Errorf("outline of chapter %s points at page %d, the chapter starts on page %d", ch.Number, o.Page, lo.chapterPages[i][0])
		}
		// The page the table of contents names really shows the chapter.
		page := lo.anchors[lo.toc[tocIndex(r, i)].anchor].page
		text := squash(run(t, "pdftotext", "-f", itoa(page), "-l", itoa(page), path, "-"))
		if !strings.Contains(text, ch.Title) {
			t.Errorf("page %d, named in the contents for chapter %q, does not show it", page, ch.Title)
		}
		if !strings.Contains(text, "pagina "+itoa(page)+" van "+itoa(len(lo.pages))) {
			t.Errorf("page %d lacks its footer 'pagina %d van %d'", page, page, len(lo.pages))
		}
	}
	// The contents run from page 2 to the page before the first chapter
	// (two pages since the board chapters of issue 13).
	contents := squash(run(t, "pdftotext", "-layout", "-f", "2", "-l", itoa(lo.chapterPages[0][0]-1), path, "-"))
	for i, ch := range r.Chapters {
		entry := ch.Title + " " + itoa(lo.chapterPages[i][0])
		if !strings.Contains(contents, entry) {
			t.Errorf("contents lack %q", entry)
		}
	}
}

func tocIndex(r *Report, chapter int) int {
	n := 0
	for i := 0; i < chapter; i++ {
		n += 1 + len(r.Chapters[i].Sections)
	}
	return n
}

func itoa(n int) string { return strconv.Itoa(n) }

func TestSummaryFitsOnOnePage(t *testing.T) {
	m, err := loadMetrics()
	if err != nil {
		t.Fatal(err)
	}
	plans := fixtures(t)
	plans = append(plans, fixture{"large", sample.Large()})
	for _, f := range plans {
		for _, l := range []model.Lang{model.NL, model.EN} {
			r := Build(f.plan, analyse(t, f.plan), l)
			lo := layOut(m, r)
			if r.Chapters[0].ID != "summary" {
				t.Fatalf("the first chapter is %q, want the summary", r.Chapters[0].ID)
			}
			if pg := lo.chapterPages[0]; pg[0] != pg[1] {
				t.Errorf("%s %s: the summary runs from page %d to %d", f.name, l, pg[0], pg[1])
			}
		}
	}
}

func TestSameInputGivesTheSameBytes(t *testing.T) {
	for _, f := range fixtures(t) {
		var out [2]bytes.Buffer
		for i := range out {
			// A fresh analysis and report each time: nothing may be cached
			// in a way that changes the output.
			if err := RenderPDF(Build(f.plan, analyse(t, f.plan), model.NL), &out[i]); err != nil {
				t.Fatal(err)
			}
		}
		if !bytes.Equal(out[0].Bytes(), out[1].Bytes()) {
			t.Errorf("%s: two exports differ", f.name)
		}
	}
}

func TestApprovedPlanHasNoConceptMark(t *testing.T) {
	p := fixtures(t)[1].plan.Clone()
	r := Build(p, analyse(t, p), model.NL)
	if r.Cover.Mark != "CONCEPT" {
		t.Errorf("a draft plan's mark is %q, want CONCEPT", r.Cover.Mark)
	}
	p.Status = model.StatusVastgesteld
	r = Build(p, analyse(t, p), model.NL)
	if r.Cover.Mark != "" {
		t.Errorf("an approved plan carries the mark %q", r.Cover.Mark)
	}
	path := filepath.Join(t.TempDir(), "plan.pdf")
	if err := WritePDF(r, path); err != nil {
		t.Fatal(err)
	}
	if text := run(t, "pdftotext", path, "-"); strings.Contains(text, "CONCEPT") {
		t.Error("the approved plan's PDF still says CONCEPT")
	}
}

func TestProgressIsReportedUpToTheTotal(t *testing.T) {
	p := fixtures(t)[1].plan
	var calls [][2]int
	path := filepath.Join(t.TempDir(), "plan.pdf")
	if err := ExportPDF(p, nil, model.EN, path, func(done, total int) { calls = append(calls, [2]int{done, total}) }); err != nil {
		t.Fatal(err)
	}
	if len(calls) < 2 || calls[0][0] != 0 || calls[len(calls)-1][0] != calls[len(calls)-1][1] {
		t.Errorf("progress calls %v: want 0 first and done == total last", calls)
	}
	for i := 1; i < len(calls); i++ {
		if calls[i][0] <= calls[i-1][0] {
			t.Errorf("progress went from %d to %d", calls[i-1][0], calls[i][0])
		}
	}
}

func TestExportIntoAMissingFolderFailsClearlyAndLeavesNothing(t *testing.T) {
	p := fixtures(t)[1].plan
	dir := t.TempDir()
	path := filepath.Join(dir, "does-not-exist", "plan.pdf")
	err := ExportPDF(p, nil, model.NL, path, nil)
	var e *Error
	if !errors.As(err, &e) || e.Kind != ErrNoFolder {
		t.Fatalf("err = %v, want an *Error of kind %s", err, ErrNoFolder)
	}
	if msg := e.Message(model.NL); !strings.Contains(msg, "bestaat niet") || !strings.Contains(msg, "does-not-exist") {
		t.Errorf("Dutch message %q does not say the folder is missing", msg)
	}
	if msg := e.Message(model.EN); !strings.Contains(msg, "does not exist") {
		t.Errorf("English message %q does not say the folder is missing", msg)
	}
	assertEmpty(t, dir)
}

func TestExportBelowAFileFailsClearly(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "a-file")
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	err := ExportPDF(fixtures(t)[1].plan, nil, model.NL, filepath.Join(file, "plan.pdf"), nil)
	var e *Error
	if !errors.As(err, &e) || e.Kind != ErrNotAFolder {
		t.Fatalf("err = %v, want an *Error of kind %s", err, ErrNotAFolder)
	}
	if !strings.Contains(e.Message(model.NL), "geen map") || !strings.Contains(e.Message(model.EN), "not a folder") {
		t.Errorf("messages %q / %q", e.Message(model.NL), e.Message(model.EN))
	}
}

func TestExportIntoAReadOnlyFolderFailsClearly(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("running as root: permissions do not stop root from writing, so a read-only folder cannot be simulated")
	}
	dir := t.TempDir()
	ro := filepath.Join(dir, "ro")
	if err := os.Mkdir(ro, 0o555); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(ro, 0o755)
	err := ExportPDF(fixtures(t)[1].plan, nil, model.NL, filepath.Join(ro, "plan.pdf"), nil)
	var e *Error
	if !errors.As(err, &e) || e.Kind != ErrNoAccess {
		t.Fatalf("err = %v, want an *Error of kind %s", err, ErrNoAccess)
	}
	assertEmpty(t, ro)
}

func TestAFullDiskLeavesTheOldFileAndNoTemporaryFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "plan.pdf")
	if err := os.WriteFile(path, []byte("the previous version"), 0o644); err != nil {
		t.Fatal(err)
	}
	// writeFile is what WritePDF and ExportPDF use; the render function
	// stands in for a disk that fills up halfway.
	err := writeFile(path, func(w io.Writer) error {
		w.Write([]byte("%PDF-1.4 half a document"))
		return writeErr{&os.PathError{Op: "write", Path: path, Err: syscall.ENOSPC}}
	})
	var e *Error
	if !errors.As(err, &e) || e.Kind != ErrDiskFull {
		t.Fatalf("err = %v, want an *Error of kind %s", err, ErrDiskFull)
	}
	if !strings.Contains(e.Message(model.NL), "vol") || !strings.Contains(e.Message(model.EN), "full") {
		t.Errorf("messages %q / %q", e.Message(model.NL), e.Message(model.EN))
	}
	got, _ := os.ReadFile(path)
	if string(got) != "the previous version" {
		t.Errorf("the old file was changed to %q", got)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("the folder holds %d entries, want only the old file", len(entries))
	}
}

func assertEmpty(t *testing.T, dir string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		t.Fatal(err)
	}
	for _, e := range entries {
		t.Errorf("left behind: %s", e.Name())
	}
}

func TestExportDoesNotDependOnFyne(t *testing.T) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go tool not found")
	}
	out, err := exec.Command(goTool, "list", "-deps", ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, dep := range strings.Fields(string(out)) {
		if strings.HasPrefix(dep, "fyne.io/") {
			t.Errorf("export depends on %s", dep)
		}
	}
}

func TestWriteFileAtomicWritesAllOrNothing(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "plan.json")
	if err := writeAll(path, strings.NewReader(`{"format":"balansplan/1"}`)); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(path); string(got) != `{"format":"balansplan/1"}` {
		t.Errorf("file holds %q", got)
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o644 {
		t.Errorf("file mode %v, want 0644", fi.Mode().Perm())
	}
	err := writeAll(filepath.Join(dir, "nope", "plan.json"), strings.NewReader("x"))
	var e *Error
	if !errors.As(err, &e) || e.Kind != ErrNoFolder {
		t.Fatalf("err = %v, want kind %s", err, ErrNoFolder)
	}
	if msg := e.Message(model.NL); !strings.HasPrefix(msg, "Het bestand is niet opgeslagen") {
		t.Errorf("message %q", msg)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("%d entries in the folder, want 1", len(entries))
	}
}

// writeAll writes the contents of r to path through writeFile, the atomic
// writer behind WritePDF, ExportPDF and WriteJSON.
func writeAll(path string, r io.Reader) error {
	return writeFile(path, func(w io.Writer) error {
		_, err := io.Copy(w, r)
		return err
	})
}
