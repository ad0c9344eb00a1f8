package export

import (
	"fmt"
	"io"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"balansplan/model"
	"balansplan/planning"
)

// Build makes the report of plan p with its analysis a, in language l. It
// reads p and a and changes neither. The result depends only on them: no
// clock, no map order, no locale of the machine. Without a plan date it
// knows no date of export (see BuildOn, which every export to a file
// uses); its metadata then carry the first day of the plan period, only so
// that tests of plans without a date stay byte for byte the same.
func Build(p *model.Plan, a *planning.Analysis, l model.Lang) *Report {
	return BuildOn(p, a, l, time.Time{})
}

// BuildOn is Build for an export made on the day of exported, from the
// caller's clock (the GUI and the command line pass time.Now(); tests a
// fixed day). The date of the report is the plan's own date when it has
// one; else the day of the export, and the cover says so ("30 november
// 2026 (datum van export)"). A date the user did not give and that is not
// the day of the export is never printed.
func BuildOn(p *model.Plan, a *planning.Analysis, l model.Lang, exported time.Time) *Report {
	if l != model.EN {
		l = model.NL
	}
	if a == nil {
		a = planning.Analyse(p, nil)
	}
	b := newBuilder(p, a, l)
	b.exported = exported
	r := &Report{
		Lang:     l,
		Meta:     b.meta(),
		Header:   p.School.Name,
		Footer:   b.t("pagina {page} van {pages}", "page {page} of {pages}"),
		Cut:      b.t("[ingekort]", "[cut short]"),
		Cover:    b.cover(),
		Contents: b.t("Inhoud", "Contents"),
	}
	// A revised plan says what changed since the adopted version right
	// after what the board is asked to decide (lifecycle.go).
	var revised bool
	changes := func() Chapter {
		ch, ok := b.changesChapter()
		revised = ok
		return ch
	}
	chapters := []func() Chapter{
		b.summaryChapter, b.proposalChapter, changes, b.schoolChapter, b.situationChapter,
		b.visionsChapter, b.investmentsChapter, b.traceabilityChapter, b.assessmentChapter,
		b.balanceChapter, b.timelineChapter, b.budgetChapter, b.organisationChapter,
		b.findingsChapter, b.benchmarkChapter,
	}
	// The chapters are built at the same time (parallel.go): each reads
	// the plan and the analysis and writes only its own Chapter, except
	// the timeline, which leaves the full timeline for the appendix; so
	// the appendix comes after them. The report is the one building them
	// in order makes (TestChaptersBuiltApartAsInOrder).
	made := make([]Chapter, len(chapters), len(chapters)+1)
	inParallel(len(chapters), func(i int) { made[i] = chapters[i]() })
	made = append(made, b.appendixChapter())
	if !revised {
		made = slices.Delete(made, 2, 3) // the changes chapter's place
	}
	r.Chapters = numberChapters(made)
	return r
}

// builder holds what every chapter needs.
type builder struct {
	p *model.Plan
	a *planning.Analysis
	l model.Lang
	// exported is the day of the export (BuildOn), zero when unknown.
	exported time.Time
	// visions and investments in code order; the plan itself is not sorted.
	visions     []*model.Vision
	investments []*model.Investment
	visionCode  map[string]string
	invCode     map[string]string
	// servedBy lists, per vision ID, the codes of the investments that
	// serve it, in code order.
	servedBy map[string][]string
	// ganttAppendix holds the full timeline (every investment's bar and the
	// dependency table) when it is too long for the body: the timeline
	// chapter then summarises it per bouwsteen and year, and the appendix
	// chapter carries it.
	ganttAppendix *Section
}

func newBuilder(p *model.Plan, a *planning.Analysis, l model.Lang) *builder {
	b := &builder{p: p, a: a, l: l, visionCode: p.VisionCodes(), invCode: p.InvestmentCodes(), servedBy: map[string][]string{}}
	for i := range p.Visions {
		b.visions = append(b.visions, &p.Visions[i])
	}
	sort.SliceStable(b.visions, func(i, j int) bool { return model.CodeLess(b.visions[i].Code, b.visions[j].Code) })
	for i := range p.Investments {
		b.investments = append(b.investments, &p.Investments[i])
	}
	sort.SliceStable(b.investments, func(i, j int) bool {
		return model.CodeLess(b.investments[i].Code, b.investments[j].Code)
	})
	for _, inv := range b.investments {
		if inv.Cancelled() {
			continue
		}
		for _, id := range inv.VisionIDs {
			b.servedBy[id] = append(b.servedBy[id], inv.Code)
		}
	}
	return b
}

// t picks the text of the report's language.
func (b *builder) t(nl, en string) string {
	if b.l == model.EN {
		return en
	}
	return nl
}

// --- formatting -------------------------------------------------------------

// num writes x with at most dec decimals, without trailing zeros, with a
// decimal comma in Dutch (as planning writes numbers, so that GUI, text
// report and PDF agree).
func (b *builder) num(x float64, dec int) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return "–"
	}
	return planning.FormatNumber(x, dec, b.l)
}

// share writes a share 0..1 as planning does: "20,5%", "minder dan 1%"
// for a sliver, "n.v.t." when there was nothing to divide.
func (b *builder) share(v planning.Level) string { return planning.FormatShare(v, b.l) }

// shareOf writes a share with the counts it comes from, "80% (4 / 5)",
// or "n.v.t." alone when there was nothing to divide: "0% (0 / 0)" would
// claim a result where there is none.
func (b *builder) shareOf(v planning.Level, n, of int) string {
	if !v.Known || of == 0 {
		return b.share(v)
	}
	return fmt.Sprintf("%s (%d / %d)", b.share(v), n, of)
}

// points writes a difference of scores with its unit: "1,5 punten".
func (b *builder) points(x float64) string { return planning.FormatPoints(x, b.l) }

// levelDecimals is the precision of levels in the document: the analysis's
// own (three decimals, trailing zeros dropped), so that the PDF, the text
// output and the screens say 3,25 and never 3,3.
const levelDecimals = 3

// summaryFindings is how many findings the summary shows, whole.
const summaryFindings = 3

// level writes a mean score, or a dash when unknown.
func (b *builder) level(v planning.Level) string {
	if !v.Known {
		return "–"
	}
	return b.num(v.Value, levelDecimals)
}

// money writes an amount in euros: "€ 58.000" in Dutch, "€58,000" in
// English.
// The space after the euro sign does not break, so that an amount never
// wraps over two lines.
//
// A negative amount starts with a real minus sign, not planning's
// hyphen-minus: "−€ 13.000" (issue 13, defect 5).
func (b *builder) money(m model.Money) string {
	s := strings.Replace(planning.FormatMoney(m, b.l), "€ ", "€\u00a0", 1)
	if rest, ok := strings.CutPrefix(s, "-"); ok {
		s = minusSign() + rest
	}
	return s
}

// minusSign is the typographic minus, U+2212. Noto Sans has none; the
// layout and the painter set it in Noto Sans Minus (assets/fonts: Noto
// Sans's own minus, cut from Noto Sans Tamil), see minusFile. Should that
// face ever fail to load, the en dash U+2013 stands in, the long dash Dutch
// typesetting uses for a minus when the font has none.
func minusSign() string {
	if m, err := loadMetrics(); err == nil && m.printable('\u2212') {
		return "\u2212"
	}
	return "\u2013"
}

// euros writes an amount rounded to whole euros (half a euro away from
// zero), for tables whose amounts are otherwise all whole: the burden,
// whose depreciation shares have cents, stands beside the spending.
func (b *builder) euros(m model.Money) string {
	return b.money(wholeEuros(m))
}

func wholeEuros(m model.Money) model.Money {
	if m < 0 {
		return -wholeEuros(-m)
	}
	return (m + 50) / 100 * 100
}

var monthNames = [2][12]string{
	{"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"},
	{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
}

func (b *builder) monthName(n int) string {
	i := 0
	if b.l == model.EN {
		i = 1
	}
	return monthNames[i][(n-1+12)%12]
}

// month writes a month as "aug 2026" style: short and readable in tables.
func (b *builder) month(m model.Month) string {
	if m.IsZero() {
		return ""
	}
	return fmt.Sprintf("%02d-%d", m.Number(), m.Year())
}

// period writes an investment's period.
func (b *builder) period(inv *model.Investment) string {
	if inv.Start.IsZero() {
		return "–"
	}
	if inv.End.IsZero() {
		return b.month(inv.Start) + " " + b.t("e.v.", "onwards")
	}
	if inv.End == inv.Start {
		return b.month(inv.Start)
	}
	return b.month(inv.Start) + " – " + b.month(inv.End)
}

// short cuts user text to at most n characters for places where space is
// fixed, such as the summary page.
func short(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimRight(string(r[:n-1]), " ") + ellipsis
}

// codes joins codes for a table cell.
func codes(cs []string) string { return strings.Join(cs, ", ") }

// visionCodesOf lists the codes of the visions an investment serves, in
// code order, skipping links to visions that do not exist.
func (b *builder) visionCodesOf(inv *model.Investment) []string {
	var out []string
	for _, id := range inv.VisionIDs {
		if c, ok := b.visionCode[id]; ok {
			out = append(out, c)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return model.CodeLess(out[i], out[j]) })
	return out
}

// planDate is the date of the document: the plan's date when it has a
// valid one, else the first day of the plan period. It is fixed for a
// given plan, never the clock, so the same plan always gives the same
// report; a plan without either gets 1 January 2000. It is only the
// stand-in of reportDate when no export date is known (Build).
func planDate(p *model.Plan) time.Time {
	if d, ok := ownDate(p); ok {
		return d
	}
	y := p.StartYear
	if y < 1900 || y > 9999 {
		y = 2000
	}
	return time.Date(y, time.January, 1, 0, 0, 0, 0, time.UTC)
}

// ownDate is the plan's own date, when it has a valid one.
func ownDate(p *model.Plan) (time.Time, bool) {
	d, err := time.Parse("2006-01-02", p.Date)
	return d, err == nil
}

// reportDate is the date of the PDF (its CreationDate): the plan's own
// date, else the day of the export (midnight UTC of that day in the
// caller's clock, so two exports on one day give the same bytes), else
// planDate's stand-in.
func (b *builder) reportDate() time.Time {
	if d, ok := ownDate(b.p); ok {
		return d
	}
	if !b.exported.IsZero() {
		y, m, d := b.exported.Date()
		return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	}
	return planDate(b.p)
}

// coverDate is the date on a cover: the plan's own date in full ("12 maart
// 2026"); without one, the day of the export, saying that it is
// ("30 november 2026 (datum van export)"); without either (Build), the
// month and year of planDate's stand-in.
func (b *builder) coverDate() string {
	if d, ok := ownDate(b.p); ok {
		return b.dateText(d)
	}
	if !b.exported.IsZero() {
		return b.dateText(b.reportDate()) + " " + b.t("(datum van export)", "(date of export)")
	}
	d := planDate(b.p)
	return b.monthName(int(d.Month())) + " " + strconv.Itoa(d.Year())
}

// dateText writes a day in full: "12 maart 2026", "12 March 2026".
func (b *builder) dateText(d time.Time) string {
	return strconv.Itoa(d.Day()) + " " + b.monthName(int(d.Month())) + " " + strconv.Itoa(d.Year())
}

// --- meta and cover -----------------------------------------------------------

func (b *builder) meta() Meta {
	p := b.p
	return Meta{
		Title:    short(p.Title, 300),
		Subject:  short(b.t("Ict-beleidsplan van ", "ICT policy plan of ")+p.School.Name, 300),
		Author:   short(strings.Join(p.Authors, ", "), 300),
		Keywords: b.t("ict-beleidsplan, Vier in balans, Kennisnet", "ICT policy plan, Four in balance, Kennisnet"),
		Creator:  "Balansplan",
		Date:     b.reportDate(),
	}
}

func (b *builder) cover() Cover {
	p := b.p
	c := Cover{
		Kicker: b.t("Ict-beleidsplan · Vier in balans", "ICT policy plan · Four in balance"),
		Title:  p.Title,
		School: p.School.Name,
		Note: b.t(
			"Opgesteld met Balansplan, volgens het Vier in balans-model van Kennisnet. De analyses in dit plan zijn berekend uit de gegevens van het plan zelf.",
			"Written with Balansplan, following Kennisnet's Four in balance model. The analyses in this plan are computed from the plan's own data."),
	}
	if p.StartYear != 0 {
		c.Period = fmt.Sprintf("%s %d – %d", b.t("Planperiode", "Plan period"), p.StartYear, p.EndYear)
	}
	status := p.Status
	if status == "" {
		status = model.StatusConcept
	}
	c.Fields = []Field{
		{b.t("Status", "Status"), status.Label(b.l)},
		{b.t("Versie", "Version"), p.Version},
		{b.t("Datum", "Date"), b.coverDate()},
		{b.t("Auteurs", "Authors"), strings.Join(p.Authors, ", ")},
	}
	if p.School.Board != "" {
		c.Fields = append(c.Fields, Field{b.t("Bestuur", "Board"), p.School.Board})
	}
	if p.School.BRIN != "" {
		c.Fields = append(c.Fields, Field{"BRIN", p.School.BRIN})
	}
	for _, bl := range []model.Block{model.BlockVisie, model.BlockDeskundigheid, model.BlockInhoud, model.BlockInfrastructuur} {
		col, _ := hexColour("block." + string(bl))
		c.Stripe = append(c.Stripe, col)
	}
	if status != model.StatusVastgesteld {
		c.Mark = b.t("CONCEPT", "DRAFT")
	}
	return c
}

// ExportPDFOn is ExportPDF for an export made on the day of exported, from
// the caller's clock: a plan without a date of its own is dated on that
// day, and its cover says so (BuildOn). ExportPDF knows no clock and keeps
// the old stand-in; the GUI and the command line should call this one
// with time.Now().
func ExportPDFOn(p *model.Plan, a *planning.Analysis, l model.Lang, path string, progress func(done, total int), exported time.Time) error {
	step := progressSteps(progress, 4)
	step(0)
	a, err := analysedWithReference(p, a, path)
	if err != nil {
		return err
	}
	step(1)
	r := BuildOn(p, a, l, exported)
	step(2)
	m, err := loadMetrics()
	if err != nil {
		return &Error{Kind: ErrRender, Path: path, Err: err}
	}
	lo := layOut(m, r)
	step(3)
	if err := writeFile(path, func(w io.Writer) error { return paintPDF(r, lo, w) }); err != nil {
		return err
	}
	step(4)
	return nil
}

// perYear divides an amount over n years, rounded to the nearest cent
// (half a cent up), as planning rounds the amount per pupil.
func perYear(m model.Money, n int) model.Money {
	if n <= 0 {
		return m
	}
	q, r := m/model.Money(n), m%model.Money(n)
	if 2*r >= model.Money(n) {
		q++
	}
	return q
}
