package export

import (
	"math"
	"strconv"
	"strings"
)

// The layout turns a Report into pages of drawing operations (a display
// list) without touching gofpdf. Because it measures text with the font's
// own metrics, it knows every page number before anything is drawn: the
// table of contents and the "page x of y" footers are filled in after the
// chapters have been laid out, in a single pass, and the painter (paint.go)
// only replays the operations.

// opKind says what an op draws.
type opKind uint8

const (
	opText opKind = iota
	opRect
	opPath
	opCircle
	opLink
	opBookmark
)

// op is one drawing operation on a page. Which fields count depends on the
// kind:
//   - opText: x and y (the baseline), st, size, color, text, angle;
//   - opRect: x, y, w, h, fill, stroke, lineW;
//   - opPath: pts, closed, fill, stroke, lineW, dash, opacity;
//   - opCircle: x, y (centre), w (radius), fill, stroke, lineW;
//   - opLink: x, y, w, h and target (an anchor);
//   - opBookmark: text, level, y.
type op struct {
	kind    opKind
	x, y    float64
	w, h    float64
	pts     []Point
	closed  bool
	st      fontStyle
	size    float64
	color   string
	fill    string
	stroke  string
	lineW   float64
	dash    []float64
	opacity float64
	angle   float64
	text    string
	level   int
	target  int
}

// page is the display list of one page.
type page struct {
	ops []op
	// chapter is the title in the running header; empty on the cover.
	chapter string
	// opens reports that the page starts a chapter: its title is set
	// large right below, so the running header leaves it out rather than
	// say it twice (issue 13, defect 8).
	opens bool
}

// anchor is a place a link or a table-of-contents entry points to.
type anchor struct {
	page int // 1-based
	y    float64
}

// tocEntry is a line of the table of contents.
type tocEntry struct {
	level  int
	number string
	title  string
	anchor int
	// page and baseline of the entry in the table of contents
	page     int
	baseline float64
}

// layout is the state of laying out one report.
type layout struct {
	m       *metrics
	r       *Report
	pages   []*page
	y       float64
	chapter string
	anchors []anchor
	toc     []tocEntry
	// chapterPages records, per chapter, its first and last page (1-based).
	chapterPages [][2]int
	// gap and lead scale the white space between blocks and the line
	// heights: 1 normally, tightGap and tightLead when a chapter is set
	// tight to save a near-empty last page (see fitChapter). slack adds up
	// how much setting tight could save at most.
	gap, lead, slack float64
	// probe, when set, stops a block that would leave a heading alone at
	// the bottom of its page (see keepTogether).
	probe *orphanProbe
}

// laidOut is the result of a layout: the pages and where each chapter
// went, for the painter and for tests.
type laidOut struct {
	pages        []*page
	anchors      []anchor
	toc          []tocEntry
	chapterPages [][2]int
}

// layOut lays out a report.
//
// Every chapter starts on a page of its own and nothing in it depends on
// the chapters before it but its page numbers, which only its anchors
// record. So the chapters are laid out at the same time, each by a
// layout of its own that counts pages from its first, on as many cores
// as there are (issue 14: the layout was a fifth of an export's wall time
// on one core of two); then their pages are put after one another and
// their anchors moved by the pages before them. The result is the one a
// single layout going through the chapters in order makes
// (TestChaptersLaidOutApartAsInOrder).
func layOut(m *metrics, r *Report) *laidOut {
	l := &layout{m: m, r: r, gap: 1, lead: 1}
	l.cover()
	l.contents()
	parts := make([]*layout, len(r.Chapters))
	inParallel(len(r.Chapters), func(i int) {
		c := &layout{m: m, r: r, gap: 1, lead: 1, toc: l.toc, anchors: make([]anchor, len(l.anchors))}
		c.fitChapter(&r.Chapters[i], i)
		parts[i] = c
	})
	for i, c := range parts {
		before := len(l.pages)
		l.pages = append(l.pages, c.pages...)
		for _, a := range l.chapterAnchors(i) {
			l.anchors[a] = anchor{page: c.anchors[a].page + before, y: c.anchors[a].y}
		}
		l.chapterPages = append(l.chapterPages, [2]int{before + 1, len(l.pages)})
	}
	l.fillContents()
	l.runningHeads()
	return &laidOut{pages: l.pages, anchors: l.anchors, toc: l.toc, chapterPages: l.chapterPages}
}

// chapterAnchors are the anchors chapter ci sets: its own and its
// sections'.
func (l *layout) chapterAnchors(ci int) []int {
	as := []int{l.tocAnchor(ci, -1)}
	for si := range l.r.Chapters[ci].Sections {
		as = append(as, l.tocAnchor(ci, si))
	}
	return as
}

// --- primitives -----------------------------------------------------------

func (l *layout) cur() *page { return l.pages[len(l.pages)-1] }

func (l *layout) add(o op) { p := l.cur(); p.ops = append(p.ops, o) }

func (l *layout) newPage() {
	if pr := l.probe; pr != nil && len(l.pages) == pr.page {
		// The page break that leaves the heading's page: alone when the
		// block added nothing to it.
		if len(l.cur().ops) == pr.ops {
			panic(orphaned{})
		}
		l.probe = nil
	}
	// The white a page break leaves could be filled when set tight.
	if len(l.pages) > 0 {
		l.slack += max(0, bodyBottom-l.y)
	}
	l.pages = append(l.pages, &page{chapter: l.chapter})
	l.y = bodyTop
}

// room reports whether h millimetres still fit on the page.
func (l *layout) room(h float64) bool { return l.y+h <= bodyBottom+0.001 }

// ensure starts a new page unless h millimetres fit on this one.
func (l *layout) ensure(h float64) {
	if !l.room(h) {
		l.newPage()
	}
}

// baseline is the offset of the baseline from the top of a line box of
// height lh for text of size pt: the text is centred in the box.
func (l *layout) baseline(size, lh float64) float64 {
	f := l.m.faces[regular]
	s := size * ptToMM
	asc := float64(f.Ascent) / 1000 * s
	desc := float64(-f.Descent) / 1000 * s
	return (lh-(asc+desc))/2 + asc
}

// text draws one line of clean text with its baseline at y; align places
// it left of, right of or centred on x.
func (l *layout) text(x, y float64, st fontStyle, size float64, color string, align Align, s string) {
	if s == "" {
		return
	}
	switch align {
	case AlignRight:
		x -= l.m.width(st, size, s)
	case AlignCenter:
		x -= l.m.width(st, size, s) / 2
	}
	l.add(op{kind: opText, x: x, y: y, st: st, size: size, color: color, text: s})
}

func (l *layout) rect(x, y, w, h float64, fill, stroke string, lineW float64) {
	l.add(op{kind: opRect, x: x, y: y, w: w, h: h, fill: fill, stroke: stroke, lineW: lineW})
}

func (l *layout) hline(x1, x2, y float64, color string, lineW float64) {
	l.add(op{kind: opPath, pts: []Point{{x1, y}, {x2, y}}, stroke: color, lineW: lineW})
}

// flow draws wrapped lines, starting new pages as needed.
func (l *layout) flow(lines []string, x float64, st fontStyle, size, lh float64, color string) {
	l.slack += float64(len(lines)) * lh * (1 - tightLead)
	lh *= l.lead
	// Keep at least two lines of a paragraph together at the bottom of a
	// page.
	if len(lines) > 1 && !l.room(2*lh) {
		l.newPage()
	}
	onPage := 0
	for i, ln := range lines {
		// Nor leave the last line of a paragraph alone at the top of the
		// next page (a widow): when only this line fits and one line
		// follows, both go over, if that leaves two lines behind.
		last := i == len(lines)-2 && onPage >= 2 && l.room(lh) && !l.room(2*lh)
		if !l.room(lh) || last {
			l.newPage()
			onPage = 0
		}
		l.text(x, l.y+l.baseline(size, lh), st, size, color, AlignLeft, ln)
		l.y += lh
		onPage++
	}
}

// --- cover ----------------------------------------------------------------

func (l *layout) cover() {
	l.newPage()
	c := l.r.Cover
	m := l.m
	// A quiet band at the top with the four bouwsteen colours, the
	// model's four blocks held together by leadership.
	l.rect(0, 0, pageW, 9, colorAccent, "", 0)
	for i, col := range c.Stripe {
		l.rect(marginLeft+float64(i)*11, 9, 11, 2.2, col, "", 0)
	}
	y := 62.0
	if c.Kicker != "" {
		l.text(marginLeft, y, bold, 10, colorMuted, AlignLeft, m.fit(bold, 10, m.clean(strings.ToUpper(c.Kicker), false), textW))
		y += 12
	}
	// The title: at most four lines, the last cut short.
	title := capLines(m, m.wrap(bold, 26, m.clean(c.Title, false), textW), 4, bold, 26, textW)
	for _, ln := range title {
		y += 11
		l.text(marginLeft, y, bold, 26, colorAccent, AlignLeft, ln)
	}
	y += 12
	for _, ln := range capLines(m, m.wrap(regular, 16, m.clean(c.School, false), textW), 2, regular, 16, textW) {
		l.text(marginLeft, y, regular, 16, colorInk, AlignLeft, ln)
		y += 7.5
	}
	if c.Period != "" {
		y += 1
		l.text(marginLeft, y, regular, 12, colorMuted, AlignLeft, m.fit(regular, 12, m.clean(c.Period, false), textW))
	}
	y += 12
	l.hline(marginLeft, marginLeft+40, y, colorAccent, 0.6)
	y += 9
	labelW := 34.0
	for _, f := range c.Fields {
		lab := m.fit(bold, 9.5, m.clean(f.Label, false), labelW-2)
		vals := capLines(m, m.wrap(regular, 9.5, m.clean(f.Value, false), textW-labelW), 3, regular, 9.5, textW-labelW)
		if len(vals) == 0 {
			vals = []string{"–"}
		}
		l.text(marginLeft, y, bold, 9.5, colorMuted, AlignLeft, lab)
		for _, v := range vals {
			l.text(marginLeft+labelW, y, regular, 9.5, colorInk, AlignLeft, v)
			y += 5
		}
		y += 1.2
		if y > 250 {
			break
		}
	}
	if c.Note != "" {
		ny := 272.0
		for _, ln := range capLines(m, m.wrap(italic, 8.5, m.clean(c.Note, true), textW), 3, italic, 8.5, textW) {
			l.text(marginLeft, ny, italic, 8.5, colorMuted, AlignLeft, ln)
			ny += 4.2
		}
	}
	l.rect(0, pageH-6, pageW, 6, colorAccent, "", 0)
	if c.Mark != "" {
		// A large, light, diagonal mark across the page, and a banner at the
		// top right, so that a printed draft is never taken for the
		// approved plan.
		mark := m.fit(bold, 96, m.clean(c.Mark, false), 230)
		w := m.width(bold, 96, mark)
		cx, cy := pageW/2, pageH/2+20
		ang := 35.0
		rad := ang * math.Pi / 180
		x := cx - w/2*math.Cos(rad)
		yy := cy + w/2*math.Sin(rad)
		l.add(op{kind: opText, x: x, y: yy, st: bold, size: 96, color: colorConcept, text: mark, angle: ang, opacity: 0.13})
		bw := m.width(bold, 9, mark) + 8
		l.rect(pageW-marginRight-bw, 20, bw, 7, colorConcept, "", 0)
		l.text(pageW-marginRight-bw/2, 20+l.baseline(9, 7), bold, 9, "#ffffff", AlignCenter, m.fit(bold, 9, mark, 60))
	}
}

// capLines keeps at most n lines; when it drops some, the last kept line
// ends in an ellipsis.
func capLines(m *metrics, lines []string, n int, st fontStyle, size, maxW float64) []string {
	if len(lines) <= n {
		return lines
	}
	lines = lines[:n]
	lines[n-1] = withSuffix(m, st, size, lines[n-1], ellipsis, maxW)
	return lines
}

// withSuffix cuts line short so that line+suffix fits in maxW, and appends
// the suffix.
func withSuffix(m *metrics, st fontStyle, size float64, line, suffix string, maxW float64) string {
	room := maxW - m.width(st, size, suffix)
	if m.width(st, size, line) > room {
		line = strings.TrimSuffix(m.fit(st, size, line, room), ellipsis)
	}
	return strings.TrimRight(line, " ") + suffix
}

// --- table of contents ----------------------------------------------------

const (
	tocChapterPt = 10.4
	tocChapterLH = 7.2
	tocSectionPt = 9.2
	tocSectionLH = 5.3
)

func (l *layout) contents() {
	l.chapter = l.m.clean(l.r.Contents, false)
	l.newPage()
	l.add(op{kind: opBookmark, text: l.chapter, level: 0, y: l.y})
	l.text(marginLeft, l.y+l.baseline(chapterPt, 11), bold, chapterPt, colorAccent, AlignLeft, l.m.fit(bold, chapterPt, l.chapter, textW))
	l.y += 16
	for ci := range l.r.Chapters {
		ch := &l.r.Chapters[ci]
		l.toc = append(l.toc, tocEntry{level: 0, number: ch.Number, title: ch.Title, anchor: l.newAnchor()})
		for si := range ch.Sections {
			s := &ch.Sections[si]
			l.toc = append(l.toc, tocEntry{level: 1, number: s.Number, title: s.Title, anchor: l.newAnchor()})
		}
	}
	for i := range l.toc {
		e := &l.toc[i]
		lh, size := tocSectionLH, tocSectionPt
		if e.level == 0 {
			lh, size = tocChapterLH, tocChapterPt
			// Keep a chapter with its first section.
			if !l.room(lh + tocSectionLH) {
				l.newPage()
			}
		}
		if !l.room(lh) {
			l.newPage()
		}
		e.page = len(l.pages)
		e.baseline = l.y + l.baseline(size, lh)
		l.y += lh
	}
}

func (l *layout) newAnchor() int {
	l.anchors = append(l.anchors, anchor{})
	return len(l.anchors) - 1
}

// fillContents writes the entries of the table of contents now that every
// page number is known.
func (l *layout) fillContents() {
	numW := 11.0
	pageNoW := 12.0
	for _, e := range l.toc {
		p := l.pages[e.page-1]
		st, size, indent, color := regular, tocSectionPt, 8.0, colorInk
		if e.level == 0 {
			st, size, indent, color = bold, tocChapterPt, 0, colorAccent
		}
		x := marginLeft + indent
		a := l.anchors[e.anchor]
		num := strconv.Itoa(a.page)
		title := l.m.fit(st, size, l.m.clean(e.title, false), textW-indent-numW-pageNoW-4)
		tw := l.m.width(st, size, title)
		add := func(o op) { p.ops = append(p.ops, o) }
		add(op{kind: opText, x: x, y: e.baseline, st: st, size: size, color: color, text: l.m.clean(e.number, false)})
		add(op{kind: opText, x: x + numW, y: e.baseline, st: st, size: size, color: color, text: title})
		nw := l.m.width(st, size, num)
		add(op{kind: opText, x: pageW - marginRight - nw, y: e.baseline, st: st, size: size, color: color, text: num})
		// dotted leader
		x1, x2 := x+numW+tw+2, pageW-marginRight-nw-2
		if x2 > x1 {
			add(op{kind: opPath, pts: []Point{{x1, e.baseline}, {x2, e.baseline}}, stroke: colorFaint, lineW: 0.25, dash: []float64{0.3, 1.2}})
		}
		lh := tocSectionLH
		if e.level == 0 {
			lh = tocChapterLH
		}
		add(op{kind: opLink, x: marginLeft, y: e.baseline - lh*0.7, w: textW, h: lh, target: e.anchor})
	}
}

// --- running header and footer --------------------------------------------

func (l *layout) runningHeads() {
	n := len(l.pages)
	header := l.m.clean(l.r.Header, false)
	mark := l.m.clean(l.r.Cover.Mark, false)
	for i, p := range l.pages {
		if i == 0 {
			continue
		}
		add := func(o op) { p.ops = append(p.ops, o) }
		left := l.m.fit(regular, 7.8, header, textW*0.5)
		add(op{kind: opText, x: marginLeft, y: headerY, st: regular, size: 7.8, color: colorMuted, text: left})
		if !p.opens {
			right := l.m.fit(regular, 7.8, p.chapter, textW*0.45)
			add(op{kind: opText, x: pageW - marginRight - l.m.width(regular, 7.8, right), y: headerY, st: regular, size: 7.8, color: colorMuted, text: right})
		}
		add(op{kind: opPath, pts: []Point{{marginLeft, headerRuleY}, {pageW - marginRight, headerRuleY}}, stroke: colorRule, lineW: 0.2})
		foot := strings.NewReplacer("{page}", strconv.Itoa(i+1), "{pages}", strconv.Itoa(n)).Replace(l.m.clean(l.r.Footer, false))
		add(op{kind: opText, x: pageW - marginRight - l.m.width(regular, 7.8, foot), y: footerY, st: regular, size: 7.8, color: colorMuted, text: foot})
		if mark != "" {
			m := l.m.fit(bold, 7.8, mark, textW*0.5)
			add(op{kind: opText, x: marginLeft, y: footerY, st: bold, size: 7.8, color: colorConcept, text: m})
		}
	}
}

// --- chapters and blocks --------------------------------------------------

func (l *layout) chapterBody(ch *Chapter, idx int) {
	l.chapter = l.m.fit(regular, 7.8, l.m.clean(ch.Number+"  "+ch.Title, false), textW*0.45)
	l.newPage()
	l.pages[len(l.pages)-1].opens = true
	l.slack = 0
	a := l.tocAnchor(idx, -1)
	l.anchors[a] = anchor{page: len(l.pages), y: l.y}
	l.add(op{kind: opBookmark, text: bookmarkText(l.m, ch.Number, ch.Title), level: 0, y: l.y})
	num := l.m.clean(ch.Number, false)
	title := capLines(l.m, l.m.wrap(bold, chapterPt, l.m.clean(ch.Title, false), textW-16), 3, bold, chapterPt, textW-16)
	for i, ln := range title {
		base := l.y + l.baseline(chapterPt, 10)
		if i == 0 {
			l.text(marginLeft, base, bold, chapterPt, colorFaint, AlignLeft, num)
		}
		l.text(marginLeft+16, base, bold, chapterPt, colorAccent, AlignLeft, ln)
		l.y += 10
	}
	l.y += 2
	l.hline(marginLeft, pageW-marginRight, l.y, colorAccent, 0.5)
	l.y += 6
	l.blocks(ch.Blocks)
	for si := range ch.Sections {
		s := &ch.Sections[si]
		l.section(s, l.tocAnchor(idx, si))
	}
}

// tocAnchor is the anchor of chapter ci (si < 0) or of its section si.
func (l *layout) tocAnchor(ci, si int) int {
	n := 0
	for i := range l.r.Chapters {
		if i == ci {
			return l.toc[n+si+1].anchor
		}
		n += 1 + len(l.r.Chapters[i].Sections)
	}
	return 0
}

// bookmarkText is the outline entry of a chapter or section: clean and not
// absurdly long.
func bookmarkText(m *metrics, number, title string) string {
	t := m.clean(strings.TrimSpace(number+" "+title), false)
	if r := []rune(t); len(r) > 100 {
		t = string(r[:99]) + ellipsis
	}
	return t
}

// keepTogether lays out a heading and the block after it so that the
// heading never ends a page on its own: when the block puts nothing on the
// heading's page, what was laid out is undone and the heading goes to a
// new page.
//
// The block is laid out under an orphan probe (tryBeside), which stops it
// at the first page break that leaves the heading alone. Laying out the
// whole block and then undoing it, as this did before, laid a table of
// hundreds of rows out two or three times and made the layout grow faster
// than the report (issue 14).
func (l *layout) keepTogether(heading, next func()) {
	nPages, nOps, y, slack := len(l.pages), len(l.cur().ops), l.y, l.slack
	heading()
	if next == nil {
		return
	}
	// When the heading already stood at the top of a page, or went to a
	// new page itself, moving it would not help: the block is simply
	// taller than a page.
	if len(l.pages) > nPages || y <= bodyTop+0.001 {
		next()
		return
	}
	undo := func() {
		l.pages = l.pages[:nPages]
		l.pages[nPages-1].ops = l.pages[nPages-1].ops[:nOps]
		l.y, l.slack = y, slack
	}
	if l.tryBeside(next) {
		return
	}
	undo()
	l.newPage()
	heading()
	if l.tryBeside(next) {
		return
	}
	// The block does not start on the heading's page even on a fresh page
	// (its first row or line fills a page): then a new page only wastes
	// one. Lay it out where it was.
	undo()
	heading()
	next()
}

// orphaned is the panic value with which the orphan probe stops a block;
// tryBeside recovers it and nothing else.
type orphaned struct{}

// orphanProbe watches the page a heading was just put on: page is its
// number (1-based) and ops its number of drawing operations after the
// heading.
type orphanProbe struct{ page, ops int }

// tryBeside lays out a block right after the heading just drawn and
// reports whether the block put something on the heading's page. When it
// did not, it stops the block at that page break (newPage panics with
// orphaned) and returns false; the caller undoes what was laid out. Only
// the heading's page can be left alone, and nothing is ever added to a
// page after the layout moved past it, so the first page break decides.
func (l *layout) tryBeside(block func()) (ok bool) {
	prev := l.probe
	l.probe = &orphanProbe{page: len(l.pages), ops: len(l.cur().ops)}
	defer func() {
		l.probe = prev
		if r := recover(); r != nil {
			if _, is := r.(orphaned); !is {
				panic(r)
			}
			ok = false
		}
	}()
	block()
	return true
}

func (l *layout) section(s *Section, anchorIdx int) {
	head := func() { l.sectionHeading(s, anchorIdx) }
	rest := s.Blocks
	// A short note under the heading belongs to the heading: keep both
	// with the block after it.
	if len(rest) > 1 && rest[0].Kind == KindParagraph && rest[0].Style == StyleNote {
		note := &rest[0]
		head = func() { l.sectionHeading(s, anchorIdx); l.block(note) }
		rest = rest[1:]
	}
	var next func()
	if len(rest) > 0 {
		first := &rest[0]
		next = func() { l.block(first) }
		rest = rest[1:]
	}
	l.keepTogether(head, next)
	l.blocks(rest)
}

func (l *layout) sectionHeading(s *Section, anchorIdx int) {
	lines := capLines(l.m, l.m.wrap(bold, sectionPt, l.m.clean(s.Title, false), textW-14), 3, bold, sectionPt, textW-14)
	lh := 6.6
	// A section heading never stands alone at the bottom of a page.
	if l.y > bodyTop {
		l.space(4)
	}
	l.ensure(float64(len(lines))*lh + 12)
	l.anchors[anchorIdx] = anchor{page: len(l.pages), y: l.y}
	l.add(op{kind: opBookmark, text: bookmarkText(l.m, s.Number, s.Title), level: 1, y: l.y})
	for i, ln := range lines {
		base := l.y + l.baseline(sectionPt, lh)
		if i == 0 {
			l.text(marginLeft, base, bold, sectionPt, colorFaint, AlignLeft, l.m.clean(s.Number, false))
		}
		l.text(marginLeft+14, base, bold, sectionPt, colorAccent, AlignLeft, ln)
		l.y += lh
	}
	l.space(2.5)
}

func (l *layout) blocks(bs []Block) {
	for i := 0; i < len(bs); i++ {
		if bs[i].Kind == KindHeading && i+1 < len(bs) {
			h, n := &bs[i], &bs[i+1]
			l.keepTogether(func() { l.block(h) }, func() { l.block(n) })
			i++
			continue
		}
		l.block(&bs[i])
	}
}

func (l *layout) block(b *Block) {
	m := l.m
	switch b.Kind {
	case KindParagraph:
		st, size, lh, color, x, w := regular, bodyFontPt, bodyLineH, colorInk, marginLeft, textW
		switch b.Style {
		case StyleLead:
			size, lh = leadFontPt, leadLineH
		case StyleNote:
			size, lh, color = noteFontPt, noteLineH, colorMuted
		case StyleQuote:
			st, x, w = italic, marginLeft+6, textW-6
		}
		lines := m.wrap(st, size, m.clean(b.Text, true), w)
		startPage, startY := len(l.pages), l.y
		l.flow(lines, x, st, size, lh, color)
		if b.Style == StyleQuote && len(lines) > 0 {
			l.quoteBars(startPage, startY, lh)
		}
		l.space(paragraphGap)
	case KindHeading:
		lines := capLines(m, m.wrap(bold, headingPt, m.clean(b.Text, false), textW), 4, bold, headingPt, textW)
		lh := 5.6
		if l.y > bodyTop {
			l.space(2)
		}
		l.ensure(float64(len(lines))*lh + 8)
		for _, ln := range lines {
			l.text(marginLeft, l.y+l.baseline(headingPt, lh), bold, headingPt, colorInk, AlignLeft, ln)
			l.y += lh
		}
		l.space(1)
	case KindList:
		// A list in note style (the messages of a group of findings) is
		// set small and tight.
		pt, lh, gap := bodyFontPt, bodyLineH, 0.8
		if b.Style == StyleNote {
			pt, lh, gap = noteFontPt, noteLineH, 0.4
		}
		var items [][]string
		for _, it := range b.Items {
			if lines := m.wrap(regular, pt, m.clean(it, true), textW-5); len(lines) > 0 {
				items = append(items, lines)
			}
		}
		onPage, page := 0, len(l.pages) // items begun on this page
		for i, lines := range items {
			// The bullet goes with the first two lines of its item (or its
			// only line): flow would otherwise carry them over without it.
			fits := l.room(float64(min(len(lines), 2)) * lh * l.lead)
			// A short last item does not go over alone: the one before it
			// goes with it, if that leaves two items behind.
			if fits && i == len(items)-2 && onPage >= 2 && len(lines) <= 2 && len(items[i+1]) <= 2 &&
				!l.room(float64(len(lines)+len(items[i+1]))*lh*l.lead+gap*l.gap) {
				fits = false
			}
			if !fits {
				l.newPage()
			}
			if len(l.pages) != page {
				onPage, page = 0, len(l.pages)
			}
			onPage++
			l.text(marginLeft+0.8, l.y+l.baseline(pt, lh*l.lead), regular, pt, colorAccent, AlignLeft, "•")
			l.flow(lines, marginLeft+5, regular, pt, lh, colorInk)
			l.space(gap)
		}
		l.space(paragraphGap)
	case KindFields:
		t := &Table{Columns: []Column{{Width: 32}, {Width: 68}}}
		for _, f := range b.Fields {
			t.Rows = append(t.Rows, Row{Cells: []Cell{{Text: f.Label, Bold: true}, {Text: f.Value}}})
		}
		l.table(t, tableOpts{plain: true})
		l.space(paragraphGap)
	case KindCallout:
		l.callout(b)
		l.space(paragraphGap + 1)
	case KindTable:
		if b.Table != nil {
			l.table(b.Table, tableOpts{})
			l.space(paragraphGap + 1)
		}
	case KindChart:
		if b.Chart != nil {
			l.chart(b.Chart)
			l.space(paragraphGap + 1)
		}
	case KindSignatures:
		l.signatures(b)
		l.space(paragraphGap)
	}
}

// Signature lines: two side by side, each a blank to sign in above a rule,
// then the name, the function and what the blank is for.
const (
	signatureRoom = 15.0 // mm of blank above the rule
	signatureGap  = 10.0 // mm between the two columns
)

// signatures lays out the signature lines of an adoption, two a row; a
// row is never split over pages.
func (l *layout) signatures(b *Block) {
	m := l.m
	colW := (textW - signatureGap) / 2
	lh := bodyLineH
	rowH := signatureRoom + 1.5 + 3*lh
	for i := 0; i < len(b.Fields); i += 2 {
		l.ensure(rowH)
		top := l.y
		for j := i; j < len(b.Fields) && j < i+2; j++ {
			x := marginLeft + float64(j-i)*(colW+signatureGap)
			y := top + signatureRoom
			l.hline(x, x+colW, y, colorInk, 0.3)
			y += 1.5
			f := b.Fields[j]
			l.text(x, y+l.baseline(bodyFontPt, lh), bold, bodyFontPt, colorInk, AlignLeft, m.fit(bold, bodyFontPt, m.clean(f.Label, false), colW))
			y += lh
			if fn := m.clean(f.Value, false); fn != "" {
				l.text(x, y+l.baseline(bodyFontPt, lh), regular, bodyFontPt, colorInk, AlignLeft, m.fit(regular, bodyFontPt, fn, colW))
			}
			y += lh
			l.text(x, y+l.baseline(noteFontPt, lh), regular, noteFontPt, colorMuted, AlignLeft, m.fit(regular, noteFontPt, m.clean(b.Title, false), colW))
		}
		l.y = top + rowH + 4
	}
}

// quoteBars draws the grey bar left of a quote, on every page it covers.
func (l *layout) quoteBars(startPage int, startY, lh float64) {
	for pi := startPage; pi <= len(l.pages); pi++ {
		top, bottom := bodyTop, bodyBottom
		if pi == startPage {
			top = startY
		}
		if pi == len(l.pages) {
			bottom = l.y
		}
		if bottom > top {
			p := l.pages[pi-1]
			p.ops = append(p.ops, op{kind: opRect, x: marginLeft + 1, y: top + 0.6, w: 0.9, h: bottom - top - 1.2, fill: colorRule})
		}
	}
}

// --- callouts -------------------------------------------------------------

func (l *layout) callout(b *Block) {
	m := l.m
	pad := 3.0
	innerW := textW - 2*pad - 2
	type line struct {
		st    fontStyle
		size  float64
		lh    float64
		text  string
		color string
	}
	var lines []line
	for _, t := range m.wrap(bold, 10, m.clean(b.Title, true), innerW) {
		lines = append(lines, line{bold, 10, 5.2, t, colorInk})
	}
	for _, t := range m.wrap(regular, bodyFontPt, m.clean(b.Text, true), innerW) {
		lines = append(lines, line{regular, bodyFontPt, bodyLineH, t, colorInk})
	}
	if len(lines) == 0 {
		return
	}
	fill, bar := toneFill(b.Tone), toneBar(b.Tone)
	if fill == "" {
		fill = colorZebra
	}
	// Start on a new page unless the title and two lines fit.
	first := 2 * pad
	for i := 0; i < len(lines) && i < 3; i++ {
		first += lines[i].lh
	}
	l.ensure(first)
	i := 0
	for i < len(lines) {
		segTop := l.y
		p := l.cur()
		at := len(p.ops)
		l.y += pad
		segFirst := i
		for i < len(lines) && l.room(lines[i].lh+pad) {
			// Leave no last line alone on the next page: when only this
			// line fits and one follows, both go over, if two stay.
			if i == len(lines)-2 && i-segFirst >= 2 && !l.room(lines[i].lh+lines[i+1].lh+pad) {
				break
			}
			ln := lines[i]
			l.text(marginLeft+2+pad, l.y+l.baseline(ln.size, ln.lh), ln.st, ln.size, ln.color, AlignLeft, ln.text)
			l.y += ln.lh
			i++
		}
		l.y += pad
		bg := []op{
			{kind: opRect, x: marginLeft, y: segTop, w: textW, h: l.y - segTop, fill: fill},
			{kind: opRect, x: marginLeft, y: segTop, w: 1.4, h: l.y - segTop, fill: bar},
		}
		p.ops = append(p.ops[:at], append(bg, p.ops[at:]...)...)
		if i < len(lines) {
			l.newPage()
		}
	}
}

// --- tables ---------------------------------------------------------------

type tableOpts struct {
	plain bool // no header, no grid, no zebra: label/value lines
}

// needEpsilon is added to the width a column needs, in millimetres.
const needEpsilon = 0.02

// shortTableRows is the most rows a table may have to be kept on one page
// whole.
const shortTableRows = 6

func (l *layout) table(t *Table, o tableOpts) {
	m := l.m
	if len(t.Columns) == 0 {
		return
	}
	// Column widths in proportion to their relative widths.
	total := 0.0
	for _, c := range t.Columns {
		total += math.Max(c.Width, 0.01)
	}
	ws := make([]float64, len(t.Columns))
	xs := make([]float64, len(t.Columns))
	x := marginLeft
	for i, c := range t.Columns {
		ws[i] = textW * math.Max(c.Width, 0.01) / total
		xs[i] = x
		x += ws[i]
	}
	lh := tableLineH
	size := tableFontPt
	padY := tablePadY
	switch {
	case o.plain:
		lh, size = bodyLineH, bodyFontPt
	case t.Dense:
		lh, size, padY = denseLineH, denseFontPt, densePadY
	}
	lh *= l.lead
	// The padding above and below a row's text shrinks with the gaps,
	// but never below 0.8 mm.
	tablePadY := max(0.8, padY*l.gap)
	// Columns grow, or the type shrinks, until every amount, code and
	// word fits its column unbroken.
	cellStyle := func(r *Row, c Cell) fontStyle {
		if c.Bold || r.Total || titledCell(c) {
			return bold
		}
		return regular
	}
	// The cells' clean text, made once: measured here, wrapped below.
	texts := make([][]string, len(t.Rows))
	need := make([]float64, len(t.Columns))
	for ri := range t.Rows {
		r := &t.Rows[ri]
		texts[ri] = make([]string, min(len(r.Cells), len(t.Columns)))
		for i := range texts[ri] {
			c := r.Cells[i]
			texts[ri][i] = m.clean(c.Text, true)
			if texts[ri][i] != "" {
				need[i] = max(need[i], m.minWidth(cellStyle(r, c), size, texts[ri][i]))
			}
		}
	}
	aligns := numberAligns(m, t, texts, size, cellStyle)
	for i := range need {
		// A hair more than the exact width: a column made exactly as wide
		// as its widest code would, by rounding, cut that code ("VI10-0").
		need[i] += aligns[i].tail + needEpsilon
	}
	base := size
	ws, size = fitColumns(ws, need, size, textW, tablePadX)
	if size != base {
		for i := range aligns {
			aligns[i].tail *= size / base
		}
	}
	x = marginLeft
	for i := range ws {
		xs[i] = x
		x += ws[i]
	}

	// Header. Its type shrinks (down to 6 pt) until every word of every
	// title fits its column, so that no title breaks inside a word.
	var head [][]string
	headH := 0.0
	hsize := size
	if !o.plain {
		for i, c := range t.Columns {
			for _, w := range strings.Fields(m.clean(c.Title, false)) {
				for hsize > 6 && m.width(bold, hsize, w) > ws[i]-2*tablePadX {
					hsize -= 0.2
				}
			}
		}
		head = make([][]string, len(t.Columns))
		n := 1
		for i, c := range t.Columns {
			head[i] = capLines(m, m.wrap(bold, hsize, m.clean(c.Title, false), ws[i]-2*tablePadX), 3, bold, hsize, ws[i]-2*tablePadX)
			n = max(n, len(head[i]))
		}
		headH = float64(n)*lh + 2*tablePadY
	}
	drawHead := func() {
		if o.plain {
			return
		}
		l.rect(marginLeft, l.y, textW, headH, colorHeaderBg, "", 0)
		for i, c := range t.Columns {
			for j, ln := range head[i] {
				l.cellText(xs[i], ws[i], l.y+tablePadY+float64(j)*lh, lh, hsize, bold, colorInk, c.Align, ln)
			}
		}
		l.y += headH
	}

	var caption []string
	if t.Caption != "" {
		caption = m.wrap(bold, 9, m.clean(t.Caption, true), textW)
	}
	captionH := float64(len(caption)) * 4.6

	// The tallest a row may be: a page minus the header.
	maxRowH := bodyBottom - bodyTop - headH - 0.5
	type rowLines struct {
		cells  [][]string
		lead   []int // per cell, how many of its first lines are its title, in bold
		height float64
	}
	empty := len(t.Rows) == 0
	prep := func(r *Row, text []string) rowLines {
		rl := rowLines{cells: make([][]string, len(t.Columns)), lead: make([]int, len(t.Columns))}
		n := 1
		for i := range t.Columns {
			if i >= len(r.Cells) {
				continue
			}
			c := r.Cells[i]
			if text == nil {
				text = []string{m.clean(c.Text, true)}
			}
			st := regular
			if c.Bold || r.Total {
				st = bold
			}
			cw := ws[i]
			if empty {
				// The message of an empty table spans the table.
				cw = textW
			}
			if title, rest, ok := strings.Cut(text[i], "\n"); ok && st == regular && titledCell(c) {
				// The first line is the cell's title: bold, the rest not.
				rl.cells[i] = m.wrap(bold, size, title, cw-2*tablePadX)
				rl.lead[i] = len(rl.cells[i])
				rl.cells[i] = append(rl.cells[i], m.wrap(regular, size, rest, cw-2*tablePadX)...)
			} else {
				rl.cells[i] = m.wrap(st, size, text[i], cw-2*tablePadX)
			}
			n = max(n, len(rl.cells[i]))
		}
		if h := float64(n)*lh + 2*tablePadY; h <= maxRowH {
			rl.height = h
			return rl
		}
		// Too tall for any page: cut every cell to what fits, visibly.
		keep := int((maxRowH - 2*tablePadY) / lh)
		cut := ellipsis + " " + m.clean(l.r.cut(), false)
		for i, cl := range rl.cells {
			if len(cl) > keep {
				st := regular
				if r.Cells[i].Bold || r.Total || keep <= rl.lead[i] {
					st = bold
				}
				cw := ws[i]
				if empty {
					cw = textW
				}
				cl = cl[:keep]
				cl[keep-1] = withSuffix(m, st, size, cl[keep-1], cut, cw-2*tablePadX)
				rl.cells[i] = cl
			}
		}
		rl.height = float64(keep)*lh + 2*tablePadY
		return rl
	}

	rows := t.Rows
	if len(rows) == 0 {
		rows = []Row{{Cells: []Cell{{Text: t.Empty, Tone: ToneMuted}}}}
		texts = [][]string{nil}
	}
	firstRow := prep(&rows[0], texts[0])
	// The header goes with the first two rows, never with one alone.
	start := captionH + headH + firstRow.height
	if len(rows) > 2 {
		if second := prep(&rows[1], texts[1]); start+second.height <= bodyBottom-bodyTop {
			start += second.height
		}
	}
	l.ensure(start)
	if len(rows) > 1 && (len(rows) <= shortTableRows || o.plain && !l.room((bodyBottom-bodyTop)/3)) {
		// A short table (the team profile, a year's figures) belongs
		// together: move it to a new page whole when it fits on one,
		// rather than leave a header and a row or two behind. So do
		// label/value lines, unless that would leave a third of the page
		// or more empty (a glossary simply runs on).
		total := captionH + headH
		for i := range rows {
			total += prep(&rows[i], texts[i]).height + 0.4
		}
		if total <= bodyBottom-bodyTop {
			l.ensure(total)
		}
	}
	for _, c := range caption {
		l.text(marginLeft, l.y+l.baseline(9, 4.6), bold, 9, colorInk, AlignLeft, c)
		l.y += 4.6
	}
	drawHead()
	var nextRow *rowLines
	pageFirst := 0 // the first row on the current page
	for ri := range rows {
		r := &rows[ri]
		rl := firstRow
		if nextRow != nil {
			rl = *nextRow
		} else if ri > 0 {
			rl = prep(r, texts[ri])
		}
		nextRow = nil
		need := rl.height
		// A totals row does not go to a new page on its own.
		if ri+1 < len(rows) && rows[ri+1].Total && !r.Total {
			nr := prep(&rows[ri+1], texts[ri+1])
			nextRow = &nr
			if nr.height+rl.height <= maxRowH {
				need += nr.height
			}
		}
		// Nor does the last row: when it would go over alone, the row
		// before it goes with it, if that leaves two rows behind.
		if nextRow == nil && ri == len(rows)-2 && ri-pageFirst >= 2 && l.room(need) {
			nr := prep(&rows[ri+1], texts[ri+1])
			nextRow = &nr
			if !l.room(need+nr.height) && nr.height+need <= maxRowH {
				need += nr.height
			}
		}
		if !l.room(need) {
			pageFirst = ri
			if !o.plain {
				l.hline(marginLeft, pageW-marginRight, l.y, colorRule, 0.2)
			}
			l.newPage()
			drawHead()
		}
		top := l.y
		if !o.plain && ri%2 == 1 && !r.Total {
			l.rect(marginLeft, top, textW, rl.height, colorZebra, "", 0)
		}
		if r.Total {
			l.hline(marginLeft, pageW-marginRight, top, colorInk, 0.35)
		}
		for i := range t.Columns {
			if i >= len(r.Cells) {
				continue
			}
			c := r.Cells[i]
			if f := toneFill(c.Tone); f != "" {
				l.rect(xs[i]+0.3, top+0.3, ws[i]-0.6, rl.height-0.6, f, "", 0)
			}
			st, color := regular, colorInk
			if c.Bold || r.Total {
				st = bold
			}
			switch c.Tone {
			case ToneMuted:
				color = colorMuted
			case ToneMissing:
				color = colorMissingTx
			}
			if o.plain && i == 0 {
				color = colorMuted
			}
			align := t.Columns[i].Align
			w := ws[i]
			if empty {
				align, w = AlignLeft, textW
			}
			for j, ln := range rl.cells[i] {
				st := st
				if j < rl.lead[i] {
					st = bold
				}
				w := w
				if tail := aligns[i].tail; tail > 0 && align == AlignRight {
					// Line the number up on its decimal separator.
					if own, ok := numberTail(m, st, size, ln); ok {
						w -= tail - own
					}
				}
				l.cellText(xs[i], w, top+tablePadY+float64(j)*lh, lh, size, st, color, align, ln)
			}
		}
		l.y += rl.height
		l.slack += rl.height*(1-tightLead) + 2*(tablePadY-max(0.8, tablePadY*tightGap))
		if o.plain {
			l.y += 0.4
		}
	}
	if !o.plain {
		l.hline(marginLeft, pageW-marginRight, l.y, colorRule, 0.3)
	}
}

func (l *layout) cellText(x, w, top, lh, size float64, st fontStyle, color string, align Align, s string) {
	base := top + l.baseline(size, lh)
	switch align {
	case AlignRight:
		l.text(x+w-tablePadX, base, st, size, color, AlignRight, s)
	case AlignCenter:
		l.text(x+w/2, base, st, size, color, AlignCenter, s)
	default:
		l.text(x+tablePadX, base, st, size, color, AlignLeft, s)
	}
}

// --- charts ---------------------------------------------------------------

func (l *layout) chart(c *Chart) {
	m := l.m
	var title []string
	if c.Title != "" {
		title = m.wrap(bold, 9.6, m.clean(c.Title, false), textW)
	}
	titleH := float64(len(title)) * 5
	// Legend: swatches with labels, flowing over lines.
	type item struct {
		x, row float64
		label  string
		color  string
		dashed bool
	}
	var items []item
	lx, row := 0.0, 0.0
	for _, lg := range c.Legend {
		label := m.fit(regular, 7.8, m.clean(lg.Label, false), textW-8)
		w := 5 + m.width(regular, 7.8, label) + 6
		if lx > 0 && lx+w > textW {
			lx = 0
			row++
		}
		items = append(items, item{lx, row, label, lg.Color, lg.Dashed})
		lx += w
	}
	legendH := 0.0
	if len(items) > 0 {
		legendH = (row+1)*4.4 + 1.5
	}
	var caption []string
	if c.Caption != "" {
		caption = m.wrap(regular, noteFontPt, m.clean(c.Caption, true), textW)
	}
	captionH := float64(len(caption)) * noteLineH
	scale := 1.0
	if room := bodyBottom - bodyTop - titleH - legendH - captionH - 2; c.Height > room {
		scale = room / c.Height
	}
	if c.Width*scale > textW {
		scale = textW / c.Width
	}
	if c.Shrink {
		if room := bodyBottom - l.y - titleH - legendH - captionH - 2; c.Height*scale > room && room >= c.Height*scale/2 {
			scale = room / c.Height
		}
	}
	l.ensure(titleH + c.Height*scale + legendH + captionH + 2)
	for _, t := range title {
		l.text(marginLeft, l.y+l.baseline(9.6, 5), bold, 9.6, colorInk, AlignLeft, t)
		l.y += 5
	}
	l.y += 1
	ox := marginLeft + (textW-c.Width*scale)/2
	oy := l.y
	for i := range c.Shapes {
		l.shape(&c.Shapes[i], ox, oy, scale)
	}
	l.y += c.Height*scale + 1
	if len(items) > 0 {
		for _, it := range items {
			x := marginLeft + it.x
			y := l.y + it.row*4.4
			if it.dashed {
				l.add(op{kind: opPath, pts: []Point{{x, y + 2}, {x + 4, y + 2}}, stroke: it.color, lineW: 0.6, dash: []float64{0.9, 0.6}})
			} else {
				l.rect(x, y+0.6, 3.6, 2.8, it.color, "", 0)
			}
			l.text(x+5, y+l.baseline(7.8, 4), regular, 7.8, colorInk, AlignLeft, it.label)
		}
		l.y += legendH
	}
	for _, cl := range caption {
		l.text(marginLeft, l.y+l.baseline(noteFontPt, noteLineH), regular, noteFontPt, colorMuted, AlignLeft, cl)
		l.y += noteLineH
	}
}

func (l *layout) shape(s *Shape, ox, oy, k float64) {
	pts := make([]Point, len(s.Points))
	for i, p := range s.Points {
		pts[i] = Point{ox + p[0]*k, oy + p[1]*k}
	}
	var dash []float64
	if s.Dashed {
		dash = []float64{1.2, 0.8}
	}
	lw := s.Width * k
	if lw == 0 {
		lw = 0.25
	}
	switch s.Kind {
	case ShapeLine:
		if len(pts) >= 2 {
			l.add(op{kind: opPath, pts: pts, stroke: s.Stroke, lineW: lw, dash: dash})
		}
	case ShapePolygon:
		if len(pts) >= 3 {
			l.add(op{kind: opPath, pts: pts, closed: true, fill: s.Fill, stroke: s.Stroke, lineW: lw, dash: dash, opacity: s.Opacity})
		}
	case ShapeRect:
		if len(pts) >= 2 {
			x, y := math.Min(pts[0][0], pts[1][0]), math.Min(pts[0][1], pts[1][1])
			w, h := math.Abs(pts[1][0]-pts[0][0]), math.Abs(pts[1][1]-pts[0][1])
			if s.Opacity > 0 || len(dash) > 0 {
				l.add(op{kind: opPath, pts: []Point{{x, y}, {x + w, y}, {x + w, y + h}, {x, y + h}}, closed: true,
					fill: s.Fill, stroke: s.Stroke, lineW: lw, dash: dash, opacity: s.Opacity})
			} else {
				l.add(op{kind: opRect, x: x, y: y, w: w, h: h, fill: s.Fill, stroke: s.Stroke, lineW: lw})
			}
		}
	case ShapeCircle:
		if len(pts) >= 1 {
			l.add(op{kind: opCircle, x: pts[0][0], y: pts[0][1], w: s.R * k, fill: s.Fill, stroke: s.Stroke, lineW: lw})
		}
	case ShapeArrow:
		if len(pts) >= 2 {
			a, b := pts[0], pts[1]
			dx, dy := b[0]-a[0], b[1]-a[1]
			d := math.Hypot(dx, dy)
			if d < 0.01 {
				return
			}
			ux, uy := dx/d, dy/d
			head := math.Max(2.4*k, lw*3.5)
			if head > d*0.6 {
				head = d * 0.6
			}
			base := Point{b[0] - ux*head, b[1] - uy*head}
			color := s.Stroke
			l.add(op{kind: opPath, pts: []Point{a, base}, stroke: color, lineW: lw, dash: dash})
			hw := head * 0.45
			l.add(op{kind: opPath, closed: true, fill: color, pts: []Point{
				b, {base[0] - uy*hw, base[1] + ux*hw}, {base[0] + uy*hw, base[1] - ux*hw}}})
		}
	case ShapeText:
		if len(pts) >= 1 && s.Text != "" {
			size := s.Size * k
			if size <= 0 {
				size = 7.5 * k
			}
			st := regular
			if s.Bold {
				st = bold
			}
			t := l.m.clean(s.Text, false)
			if s.MaxWidth > 0 {
				t = l.m.fit(st, size, t, s.MaxWidth*k)
			}
			color := s.Color
			if color == "" {
				color = colorInk
			}
			// The baseline from the point: half the cap height below it for
			// the middle, a cap height below it for the top, the descent
			// above it for the bottom.
			base := pts[0][1] + 0.357*size*ptToMM
			switch s.VAlign {
			case VAlignTop:
				base = pts[0][1] + 0.76*size*ptToMM
			case VAlignBottom:
				base = pts[0][1] - 0.24*size*ptToMM
			}
			l.text(pts[0][0], base, st, size, color, s.Align, t)
		}
	}
}

// nearEmpty is the most a chapter's last page may hold, in millimetres of
// the body, before the layout tries to save that page.
const nearEmpty = (bodyBottom - bodyTop) / 3

// tightMaxPages is the longest chapter that is set tight to save its last
// page. Saving one page in more than twenty is not worth setting them all
// tight, and laying a chapter out twice doubled the layout time of the
// longest chapters, which grow with the plan: at 4 and 16 times the large
// plan the investment tables run over hundreds of pages, and whether
// their chapter went tight or not decided whether the layout grew 4 or 8
// times (issue 14). With the cap the second layout costs at most
// tightMaxPages pages per chapter.
const tightMaxPages = 20

// tightGap and tightLead scale the white space between blocks and the
// line heights of a chapter set tight.
const (
	tightGap  = 0.5
	tightLead = 0.95
)

// space adds white space between blocks.
func (l *layout) space(h float64) {
	l.y += h * l.gap
	l.slack += h * (1 - tightGap)
}

// fitChapter lays out a chapter. When its last page would hold only a few
// lines (a paragraph's tail, the last two items of a list), it lays the
// chapter out again with half the white space between blocks and lines 5%
// closer, and keeps that only when it saves the page.
func (l *layout) fitChapter(ch *Chapter, idx int) {
	n := len(l.pages)
	l.chapterBody(ch, idx)
	pages := len(l.pages) - n
	// Setting tight cannot save the page when all it could save is less
	// than what the last page holds: then spare the second layout.
	// Nor is a chapter of more than tightMaxPages pages set tight: see
	// there.
	if pages < 2 || pages > tightMaxPages || l.y-bodyTop > nearEmpty || l.slack < l.y-bodyTop {
		return
	}
	loose := append([]*page(nil), l.pages[n:]...)
	anchors := append([]anchor(nil), l.anchors...)
	y := l.y
	l.pages = l.pages[:n]
	l.gap, l.lead = tightGap, tightLead
	l.chapterBody(ch, idx)
	l.gap, l.lead = 1, 1
	if len(l.pages)-n < pages {
		return
	}
	l.pages = append(l.pages[:n], loose...)
	l.anchors, l.y = anchors, y
}
