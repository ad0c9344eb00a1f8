package main

import (
	"flag"
	"fmt"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"balansplan/assets"
	"balansplan/export"
	"balansplan/model"
	"balansplan/model/sample"
	"balansplan/model/store"
	"balansplan/planning"
)

func main() {
	planFlag := flag.String("plan", "large", `"large" (model/sample.Large), "demo" (assets.DemoPlan) or a balansplan/1 JSON file`)
	out := flag.String("out", filepath.Join(os.TempDir(), "balansplan-bench"), "folder for the HTML, SVG and PDF files")
	runs := flag.Int("runs", 5, "runs of each measurement; the median is reported")
	soffice := flag.String("soffice", "soffice", "the LibreOffice program")
	lang := flag.String("lang", "nl", "nl or en")
	pdfOnly := flag.Bool("pdf", false, "only export the PDF to -out/balansplan.pdf (used for the whole-process timing)")
	scale := flag.Int("scale", 1, "with -plan large: that many times the large plan (model/sample.LargeScaled)")
	bin := flag.String("bin", "", "the balansplan program: time `balansplan export` on a .balans file of the plan, as a user runs it, instead of this program with -pdf")
	before := flag.String("before", "", "with -bin: an earlier balansplan program, run in the same rounds on the same file, for a before/after ratio")
	flag.Parse()

	l, _ := model.ParseLang(*lang)
	p, err := loadPlan(*planFlag, *scale)
	if err != nil {
		fail(err)
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		fail(err)
	}
	pdfPath := filepath.Join(*out, "balansplan.pdf")
	if *pdfOnly {
		if err := export.ExportPDF(p, nil, l, pdfPath, nil); err != nil {
			fail(err)
		}
		return
	}

	ref, err := planning.BuiltinReference()
	if err != nil {
		fail(err)
	}
	r := export.Build(p, planning.Analyse(p, ref), l)
	htmlPath := filepath.Join(*out, "plan.html")
	if err := writeHTML(r, htmlPath); err != nil {
		fail(err)
	}
	fmt.Printf("plan %s: %d visions, %d investments; HTML at %s\n", *planFlag, len(p.Visions), len(p.Investments), htmlPath)

	var ours, old func() error
	what := "this program with -pdf (analyse, build, lay out, write; no file load)"
	if *bin != "" {
		// The real command on a plan file: open and load, analyse, build,
		// lay out, write.
		planFile := filepath.Join(*out, "plan.balans")
		os.Remove(planFile)
		d, err := store.Create(planFile, p)
		if err != nil {
			fail(err)
		}
		d.Close()
		what = *bin + " export --in " + planFile + " --out " + pdfPath
		ours = exportRun(*bin, planFile, pdfPath, *lang)
		if *before != "" {
			old = exportRun(*before, planFile, filepath.Join(*out, "before.pdf"), *lang)
		}
	} else {
		self, err := os.Executable()
		if err != nil {
			fail(err)
		}
		ours = func() error {
			cmd := exec.Command(self, "-plan", *planFlag, "-scale", fmt.Sprint(*scale), "-out", *out, "-lang", *lang, "-pdf")
			err := cmd.Run()
			cpu.add(cmd.ProcessState)
			return err
		}
	}
	// One run of each first, not counted: page cache, LibreOffice's profile.
	if err := ours(); err != nil {
		fail(err)
	}
	if old != nil {
		if err := old(); err != nil {
			fail(err)
		}
	}
	fmt.Printf("load average before: %s", loadavg())
	fmt.Printf("balansplan: %s\n", what)

	_, noLO := exec.LookPath(*soffice)
	if noLO != nil {
		fmt.Printf("libreoffice: %s not found; install libreoffice-writer-nogui to compare\n", *soffice)
		d := measure(*runs, ours)
		fmt.Printf("balansplan export (whole process, median of %d): %v  -> %s (%s)\n", *runs, d, pdfPath, pages(pdfPath))
		return
	}
	profile := "file://" + filepath.Join(*out, "lo-profile")
	lo := func() error {
		cmd := exec.Command(*soffice, "-env:UserInstallation="+profile, "--headless", "--convert-to", "pdf", "--outdir", filepath.Join(*out, "lo"), htmlPath)
		cmd.Stdout, cmd.Stderr = nil, nil
		err := cmd.Run()
		cpu.add(cmd.ProcessState)
		return err
	}
	if err := lo(); err != nil {
		fail(fmt.Errorf("soffice: %w", err))
	}
	// Paired runs: each pair runs both, one after the other, so that a
	// change in the machine's load hits both; the ratio is taken per pair.
	// With -before, the earlier program runs in each round as well,
	// right after ours, and its ratio is taken against the same
	// LibreOffice run.
	var a, b, ratios, ca, cb, cratios []time.Duration
	var o, co, oratios, ocratios []time.Duration
	for i := 0; i < *runs; i++ {
		cpu.last = 0
		da := measure(1, ours)
		cpuA := cpu.last
		var dOld, cpuOld time.Duration
		if old != nil {
			cpu.last = 0
			dOld = measure(1, old)
			cpuOld = cpu.last
		}
		cpu.last = 0
		db := measure(1, lo)
		cpuB := cpu.last
		a, b = append(a, da), append(b, db)
		ca, cb = append(ca, cpuA), append(cb, cpuB)
		ratios = append(ratios, time.Duration(float64(db)/float64(da)*1000)) // in thousandths
		cratios = append(cratios, time.Duration(float64(cpuB)/float64(cpuA)*1000))
		if old != nil {
			o, co = append(o, dOld), append(co, cpuOld)
			oratios = append(oratios, time.Duration(float64(db)/float64(dOld)*1000))
			ocratios = append(ocratios, time.Duration(float64(cpuB)/float64(cpuOld)*1000))
		}
	}
	fmt.Printf("balansplan export (whole process, median of %d): %v  -> %s (%s)  runs %v\n", *runs, median(a), pdfPath, pages(pdfPath), a)
	loPDF := filepath.Join(*out, "lo", "plan.pdf")
	fmt.Printf("libreoffice --convert-to pdf from HTML (whole process, median of %d): %v  -> %s (%s)  runs %v\n", *runs, median(b), loPDF, pages(loPDF), b)
	fmt.Printf("libreoffice / balansplan, median of the %d pairs: %.1fx (per pair:", *runs, float64(median(ratios))/1000)
	for _, r := range ratios {
		fmt.Printf(" %.1f", float64(r)/1000)
	}
	fmt.Printf(")\nCPU (user+system, LibreOffice's child processes included): balansplan median %v, libreoffice median %v, ratio median %.1fx (per pair:",
		median(ca).Round(time.Millisecond), median(cb).Round(time.Millisecond), float64(median(cratios))/1000)
	for _, r := range cratios {
		fmt.Printf(" %.1f", float64(r)/1000)
	}
	fmt.Printf(")\n")
	if old != nil {
		fmt.Printf("before (%s), same rounds: median %v wall, %v CPU, runs %v; libreoffice / before %.1fx wall, %.1fx CPU\n",
			*before, median(o), median(co).Round(time.Millisecond), o, float64(median(oratios))/1000, float64(median(ocratios))/1000)
	}
	fmt.Printf("load average after: %s", loadavg())
}

// exportRun runs `bin export` on planFile to pdfPath as a user would, and
// adds its CPU time to cpu.
func exportRun(bin, planFile, pdfPath, lang string) func() error {
	return func() error {
		cmd := exec.Command(bin, "export", "--in", planFile, "--out", pdfPath, "--lang", lang)
		msg, err := cmd.CombinedOutput()
		if err != nil {
			return fmt.Errorf("%s: %w: %s", bin, err, msg)
		}
		cpu.add(cmd.ProcessState)
		return nil
	}
}

// cpu keeps the CPU time (user plus system) of the last process measured.
// A process's rusage from wait4 includes the children it waited for, so
// LibreOffice's soffice.bin under oosplash is counted.
var cpu cpuTime

type cpuTime struct{ last time.Duration }

func (c *cpuTime) add(ps *os.ProcessState) {
	if ps != nil {
		c.last += ps.UserTime() + ps.SystemTime()
	}
}

// median is the middle of ds (the upper middle for an even count).
func median(ds []time.Duration) time.Duration {
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	return s[len(s)/2]
}

// loadavg is the first line of /proc/loadavg: the machine's load, to be
// written down next to every figure.
func loadavg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown\n"
	}
	return string(b)
}

func loadPlan(name string, scale int) (*model.Plan, error) {
	switch name {
	case "large":
		return sample.LargeScaled(scale), nil
	case "demo":
		p, probs := model.DecodeJSONBytes(assets.DemoPlan)
		if len(probs) > 0 {
			return nil, probs
		}
		return p, nil
	}
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	p, probs := model.DecodeJSONBytes(data)
	if len(probs) > 0 {
		return nil, probs
	}
	return p, nil
}

func measure(n int, f func() error) time.Duration {
	var ds []time.Duration
	for i := 0; i < n; i++ {
		start := time.Now()
		if err := f(); err != nil {
			fail(err)
		}
		ds = append(ds, time.Since(start))
	}
	return median(ds).Round(time.Millisecond)
}

// pages reads the page count with pdfinfo, when it is there.
func pages(path string) string {
	out, err := exec.Command("pdfinfo", path).Output()
	if err != nil {
		return "pages unknown"
	}
	for _, line := range strings.Split(string(out), "\n") {
		if strings.HasPrefix(line, "Pages:") {
			return strings.TrimSpace(strings.TrimPrefix(line, "Pages:")) + " pages"
		}
	}
	return "pages unknown"
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "bench:", err)
	os.Exit(1)
}

// writeHTML writes the report as one HTML file with the same content as
// the PDF, and each chart as an SVG file next to it.
func writeHTML(r *export.Report, path string) error {
	var b strings.Builder
	e := html.EscapeString
	b.WriteString(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + e(r.Meta.Title) + `</title>
<style>
@page { size: A4; margin: 26mm 20mm 22mm 22mm; }
body { font-family: "Noto Sans", "DejaVu Sans", sans-serif; font-size: 9.6pt; color: #1f2933; }
h1 { color: #1f4e79; font-size: 21pt; page-break-before: always; border-bottom: 1px solid #1f4e79; }
h2 { color: #1f4e79; font-size: 13.5pt; } h3 { font-size: 10.6pt; }
table { border-collapse: collapse; width: 100%; font-size: 8.2pt; } thead { display: table-header-group; }
th { background: #e4e9f0; text-align: left; } td, th { padding: 1mm 1.6mm; vertical-align: top; }
tr { page-break-inside: avoid; } .note { color: #616e7c; font-size: 7.8pt; }
.callout { background: #f5f7fa; border-left: 1.4mm solid #2f6fad; padding: 3mm; }
</style></head><body>`)
	c := r.Cover
	fmt.Fprintf(&b, "<p>%s</p><p style=\"font-size:26pt;color:#1f4e79\"><b>%s</b></p><p style=\"font-size:16pt\">%s</p><p>%s</p><table>", e(c.Kicker), e(c.Title), e(c.School), e(c.Period))
	for _, f := range c.Fields {
		fmt.Fprintf(&b, "<tr><td><b>%s</b></td><td>%s</td></tr>", e(f.Label), e(f.Value))
	}
	b.WriteString("</table>")
	fmt.Fprintf(&b, "<h1>%s</h1><ul>", e(r.Contents))
	for _, ch := range r.Chapters {
		fmt.Fprintf(&b, "<li>%s %s<ul>", e(ch.Number), e(ch.Title))
		for _, s := range ch.Sections {
			fmt.Fprintf(&b, "<li>%s %s</li>", e(s.Number), e(s.Title))
		}
		b.WriteString("</ul></li>")
	}
	b.WriteString("</ul>")
	charts := 0
	blocks := func(bs []export.Block) error {
		for _, bl := range bs {
			switch bl.Kind {
			case export.KindParagraph:
				cls := ""
				if bl.Style == export.StyleNote {
					cls = ` class="note"`
				}
				fmt.Fprintf(&b, "<p%s>%s</p>", cls, strings.ReplaceAll(e(bl.Text), "\n", "<br>"))
			case export.KindHeading:
				fmt.Fprintf(&b, "<h3>%s</h3>", e(bl.Text))
			case export.KindList:
				b.WriteString("<ul>")
				for _, it := range bl.Items {
					fmt.Fprintf(&b, "<li>%s</li>", e(it))
				}
				b.WriteString("</ul>")
			case export.KindFields:
				b.WriteString("<table>")
				for _, f := range bl.Fields {
					fmt.Fprintf(&b, "<tr><td width=\"32%%\"><b>%s</b></td><td>%s</td></tr>", e(f.Label), e(f.Value))
				}
				b.WriteString("</table>")
			case export.KindCallout:
				fmt.Fprintf(&b, "<div class=\"callout\"><b>%s</b><br>%s</div>", e(bl.Title), e(bl.Text))
			case export.KindTable:
				t := bl.Table
				b.WriteString("<table><thead><tr>")
				for _, col := range t.Columns {
					fmt.Fprintf(&b, "<th>%s</th>", e(col.Title))
				}
				b.WriteString("</tr></thead><tbody>")
				for _, row := range t.Rows {
					b.WriteString("<tr>")
					for _, cell := range row.Cells {
						fmt.Fprintf(&b, "<td>%s</td>", strings.ReplaceAll(e(cell.Text), "\n", "<br>"))
					}
					b.WriteString("</tr>")
				}
				b.WriteString("</tbody></table>")
			case export.KindChart:
				charts++
				name := fmt.Sprintf("chart-%d.svg", charts)
				if err := os.WriteFile(filepath.Join(filepath.Dir(path), name), []byte(svg(bl.Chart)), 0o644); err != nil {
					return err
				}
				fmt.Fprintf(&b, "<p><b>%s</b></p><p><img src=\"%s\" width=\"%.0f\" height=\"%.0f\"></p>", e(bl.Chart.Title), name, bl.Chart.Width*3.78, bl.Chart.Height*3.78)
			}
		}
		return nil
	}
	for _, ch := range r.Chapters {
		fmt.Fprintf(&b, "<h1>%s %s</h1>", e(ch.Number), e(ch.Title))
		if err := blocks(ch.Blocks); err != nil {
			return err
		}
		for _, s := range ch.Sections {
			fmt.Fprintf(&b, "<h2>%s %s</h2>", e(s.Number), e(s.Title))
			if err := blocks(s.Blocks); err != nil {
				return err
			}
		}
	}
	b.WriteString("</body></html>\n")
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

// svg draws a chart of the report as SVG, in millimetres.
func svg(c *export.Chart) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%.1fmm" height="%.1fmm" viewBox="0 0 %.2f %.2f" font-family="sans-serif">`, c.Width, c.Height, c.Width, c.Height)
	paint := func(s export.Shape) string {
		fill, stroke := s.Fill, s.Stroke
		if fill == "" {
			fill = "none"
		}
		if stroke == "" {
			stroke = "none"
		}
		op := ""
		if s.Opacity > 0 {
			op = fmt.Sprintf(` fill-opacity="%.2f"`, s.Opacity)
		}
		return fmt.Sprintf(`fill="%s" stroke="%s" stroke-width="%.2f"%s`, fill, stroke, s.Width, op)
	}
	for _, s := range c.Shapes {
		switch s.Kind {
		case export.ShapeLine, export.ShapePolygon:
			var pts []string
			for _, p := range s.Points {
				pts = append(pts, fmt.Sprintf("%.2f,%.2f", p[0], p[1]))
			}
			tag := "polyline"
			if s.Kind == export.ShapePolygon {
				tag = "polygon"
			}
			fmt.Fprintf(&b, `<%s points="%s" %s/>`, tag, strings.Join(pts, " "), paint(s))
		case export.ShapeRect:
			if len(s.Points) == 2 {
				x, y := min(s.Points[0][0], s.Points[1][0]), min(s.Points[0][1], s.Points[1][1])
				w, h := abs(s.Points[1][0]-s.Points[0][0]), abs(s.Points[1][1]-s.Points[0][1])
				fmt.Fprintf(&b, `<rect x="%.2f" y="%.2f" width="%.2f" height="%.2f" %s/>`, x, y, w, h, paint(s))
			}
		case export.ShapeCircle:
			fmt.Fprintf(&b, `<circle cx="%.2f" cy="%.2f" r="%.2f" %s/>`, s.Points[0][0], s.Points[0][1], s.R, paint(s))
		case export.ShapeText:
			anchor := map[export.Align]string{export.AlignLeft: "start", export.AlignCenter: "middle", export.AlignRight: "end"}[s.Align]
			fmt.Fprintf(&b, `<text x="%.2f" y="%.2f" font-size="%.2f" text-anchor="%s" dominant-baseline="middle" fill="%s">%s</text>`,
				s.Points[0][0], s.Points[0][1], s.Size*25.4/72, anchor, s.Color, html.EscapeString(s.Text))
		}
	}
	b.WriteString("</svg>\n")
	return b.String()
}

func abs(v float64) float64 {
	if v < 0 {
		return -v
	}
	return v
}
