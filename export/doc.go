// Package export turns a plan and its analysis into the document a school
// board approves: the ict-beleidsplan as a PDF, in Dutch or English.
//
// # Three steps
//
// Build makes a Report: the plan as a document, with a cover, numbered
// chapters and sections, and in them paragraphs, lists, label/value
// fields, coloured callouts, tables and charts. Every decision about
// content is taken here: which chapters, which sentences (Balansplan's own
// wording of the Vier in balans ideas), how numbers and amounts are
// written, which cells are marked as missing. Levels keep the analysis's
// precision (3,25, never 3,3) and shares with nothing to divide read
// "n.v.t.". The summary shows the first findings in the analysis's order,
// each message whole (the advice is the point); the benchmark chapter
// follows §4.5 (units in the labels, wifi as a sentence, derived figures
// marked, the year said once); the self-assessment chapter ends with the
// team profile and says where its groups come from. The Report holds finished
// text and geometry in millimetres only, so it serialises to plain JSON;
// the golden files in testdata pin its structure (charts summarised to the
// number of shapes of each kind, their texts and legends, because their
// geometry is planning/chart's and is tested there).
//
// A board document (issue 13). A board reads twenty to forty pages, so a
// large plan is condensed without leaving anything out. The investments
// chapter is a register: one line per investment in smaller type
// (Table.Dense), title, owner, period, costs, status and visions; the
// kind, training focus and description go to the appendix, where
// investments whose text reads the same word for word share one row with
// all their codes. The findings chapter gives each code of a severity one
// callout that counts its findings and lists every subject, followed by
// every message in small type; the summary's three findings are of three
// codes whenever there are three (topFindings). A timeline of more than
// one chart is summarised per bouwsteen and year (running, and how many
// new) and the full Gantt chart and the dependency table move to the
// appendix; a timeline that fits one chart stays where it is. The large
// plan of model/sample thus takes 79 pages instead of 121, its board
// chapters included, and a test reads the PDF back for every investment
// code, every finding's subject and message, and every year's spending.
//
// The board chapters (boardchapters.go, issue 13). Beside the analysis a
// board needs what it is asked to decide and what carrying the plan out
// takes. They stand where a board reads them:
//
//   - "Voorstel aan het bestuur" right after the summary: what is asked
//     (decision, funding, what happens with a year over the ceiling,
//     conditions), the spending, burden, ceiling and margin per year from
//     planning's budget, the costs that run on after the period in one
//     sentence, and the adoption block (status, version, adopted on and
//     by, the MR's advice or consent with outcome and date, and signature
//     lines with name, function and a blank to sign, two a row, under a
//     heading that goes with them to a new page). A board reads what it
//     decides before the reasons for it.
//   - "Beginsituatie" after "School en ambitie", before the vision: the
//     situation in words, the inventory as a register grouped by kind in
//     the model's order of kinds, and the known problems as a list. A plan
//     says where it starts before where it goes.
//   - "Na de planperiode" as the last section of "Begroting": the
//     replacement plan in words and planning.RunOnCosts per year after the
//     end year and per bouwsteen (recurring costs of investments without
//     an end, the depreciation left), with below the years what runs on
//     every year without an end and the depreciation over all the years.
//     A board weighs the money after the period with the money in it.
//   - "Uitvoering en evaluatie" after the budget: the organisation of ict
//     (narrative, tasks with person and hours a year, and the total), the
//     risk register (heaviest first: likelihood rank times impact rank,
//     equal weights in the plan's order), privacy and information
//     security, communication and the link to the schoolplan, the review
//     of the plan (by whom, when, how) and every vision's indicator and
//     moment, naming the visions without one. Who carries the plan out,
//     what can go wrong and how the school will know it worked.
//
// They are three chapters and a section, not eight chapters, because a
// board reads twenty to forty pages and every chapter starts on a new
// page: with "Evaluatie en vervolg" as a fourth chapter of its own the
// large plan took 81 pages; as they are, 79 (the table of contents takes
// two pages now). Every part
// is always there; where the plan has no data for it, one grey callout
// says what is missing and on which screen of Balansplan it is filled in
// (missing; the screens are named once, as the GUI names them). The risk
// and inventory registers are set like the investments' (Table.Dense).
//
// The plan's life (lifecycle.go, progress.go, issue 15). A plan that the
// board adopted and that changed since gets the chapter "Wijzigingen
// sinds de vastgestelde versie" as its third chapter, right after the
// summary and "Voorstel aan het bestuur": a board asked to adopt a revised
// plan decides on the changes, so it reads what it is asked and then what
// is different from what it adopted before, before the reasons for the
// plan as a whole. It prints planning.Diff(last adopted version, plan): a
// table per kind of entity (visions, investments, agreements; added,
// dropped, or changed with each field "van oud naar nieuw", since Noto Sans
// has no arrow) and the spending of both versions per year with the
// difference per bouwsteen. A plan never adopted, or not changed since, has
// no such chapter, so a first plan prints as before. A plan with
// realisation on record gets the section "Plan en realisatie" in
// "Begroting", after the spending per year: per year one row with planned,
// spent and variance per bouwsteen on three lines (a year never splits
// over two pages), a total over the years on record only (a year not
// known yet would read as underspending), a chart of planned and spent per
// year, and the investments overdue on the day of the export
// (planning.Overdue) under a heading, in a table with the due months in
// red (a heading stays with its table; a callout would not). An adopted
// plan with nothing spent on record but with overdue investments gets the
// section too, with a grey note on where spending is entered.
//
// The progress report (BuildProgressOn, ExportProgressPDFOn) is a third
// document, like the workshop report: the voortgangsrapportage of one year
// from planning.ProgressReportOf, in six chapters a school pastes into its
// jaarverslag: a summary, realised against planned (per bouwsteen for the
// year and from the first plan year, per investment, and the chart), the
// evaluation per vision statement, what changed since the adopted version,
// the balance then and now (each bouwsteen's level per self-assessment
// round, a line chart of them, and the position in the matrix of the
// adopted version and now) and the next steps with the overdue
// investments. It is dated as the plan is (BuildOn's rule: the plan's own
// date, else the day of the export), and its states are taken on
// 31 December of the year.
//
// Numbers agree with each other. Shares are percentages everywhere, in the
// route figure's gauges and the thresholds too ("E = 80%", "minstens
// 80%"), and a share with nothing to divide reads "n.v.t." without
// "(0 / 0)". The burden table adds up: people, means and leadership
// columns, in whole euros like the spending beside it, with a note on
// rounding. The amount per pupil says it covers the whole period and is
// given per year as well. A negative amount starts with the minus sign
// U+2212, not a hyphen or a dash. Noto Sans has no U+2212, so the minus is
// set in Noto Sans Minus (package assets/fonts): Noto Sans's own minus,
// the glyph the Noto Sans faces for Indic scripts carry with the width and
// height of Noto Sans's plus, cut down to that one glyph (1.2 KB a weight).
// metrics.width measures U+2212 in that face and the painter draws each
// run of text in its face (painter.drawText), so the layout stays exact.
//
// Scripts. The PDF prints what Noto Sans covers: the Latin, Greek and
// Cyrillic scripts, with the usual punctuation, currency and arrow signs.
// Arabic, Hebrew, Chinese, Japanese, Korean, Devanagari and other scripts,
// and emoji, are not in the font: a run of such characters (a word, or
// words of one script separated by spaces, an emoji with its skin tone and
// joiners) prints as one replacement character, not one box per letter.
// Invisible characters (control characters, the direction marks and
// embeddings, zero-width space and joiners, the byte order mark, the soft
// hyphen, variation selectors) are dropped, since the writer never saw
// them. No fallback fonts are embedded (see docs/export.md).
//
// Metadata. The catalog gets /Lang (nl-NL or en), /Metadata (an XMP packet
// with Dublin Core title, description, creator and language, and the XMP
// dates) and /DisplayDocTitle; every date is the report's, from the plan.
// The PDF is not tagged: gofpdf has no structure tree (docs/export.md says
// what it would take).
//
// The layout (layout.go) turns a Report into pages of drawing operations,
// a display list. It measures text with the font's own metrics
// (internal/ttf reads the cmap and hmtx tables), so it knows every line
// break and page break before anything is drawn. That makes the table of
// contents and the "pagina x van y" footers exact in a single pass: they
// are filled in after the chapters have been laid out. The layout also
// keeps a heading with the block after it, repeats a table's header on
// every page it runs onto, never splits a table row, keeps a short table
// (six rows or fewer) on one page when it fits, and cuts a row taller than
// a page short with a visible "[ingekort]".
//
// Line and page breaking (typeset_words.go, typeset_columns.go). Lines
// break at spaces; the euro sign stays with its amount whatever space
// precedes it. A word breaks only after a hyphen or slash it already has
// ("ict-" | "coördinator"); a word with digits (an amount, a code, a date,
// a percentage) never breaks. There is no hyphenation dictionary: the Go
// module proxy does not serve github.com/speedata/hyphenation, no other
// maintained Go module with the TeX patterns for Dutch and English was
// found, and Dutch compounds hyphenated wrongly read worse than a wider
// column. Instead a table column grows to its widest unbreakable word,
// taking room from the columns that can spare it, and when the columns
// together cannot, the table's type shrinks (to no less than 6.4 pt). Only
// a word wider than the whole line (hostile input) is cut, and the cut is
// marked with a hyphen. Right-aligned number columns line up on the
// decimal separator; an empty table's message spans the table. A bullet
// goes with the first two lines of its item; no paragraph leaves one line
// alone at the top or bottom of a page, no list or table its last item or
// row, and no table its header with one row. A long block of label/value
// lines (the glossary) runs on rather than leave a third of a page or more
// empty. When a chapter of at most twenty pages would leave less than a
// third of a page on its last one, the chapter is laid out again with half the white space between
// blocks and lines 5% closer, and that is kept when it saves the page.
//
// The painter (paint.go) replays the display list into gofpdf and nothing
// more. It embeds Noto Sans (assets.FontRegular and friends, SIL Open Font
// License) as UTF-8 TrueType fonts, only the styles the pages use, and the
// minus face only in the weights that print a minus, and
// registers each page's outline entries (PDF bookmarks) and the links of
// the table of contents.
//
// # Speed
//
// Every stage grows linearly with the plan (issue 14; benchmarks
// BenchmarkScale* at 1, 4 and 16 times the large plan). Where something
// looked up per item, it uses an index built once: the dependency table
// through model.Plan.IndexInvestments, the timeline charts by handing each
// chart its investments in one pass. A heading that would end a page alone
// is moved by stopping the block after it at that page break (an orphan
// probe in keepTogether) instead of laying the whole block out and undoing
// it; a chapter of more than twenty pages is not set tight again to save
// its last page.
//
// Page compression. gofpdf compresses each page's content with a new zlib
// writer, about 1.1 MB allocated and zeroed per page: most of the bytes an
// export allocated and close to a third of its time. gofpdf has no way to
// take a writer, and the stack is fixed. So the painter has gofpdf write
// the pages uncompressed and compress.go compresses the page streams
// afterwards, in parallel with one writer per core, each reset before every
// stream, at gofpdf's level (which worker took a page changes nothing),
// written as gofpdf writes a compressed stream, and the cross-reference
// table is written again with the new offsets. Reset makes the writer
// equal to a new one, so the file is byte for byte what gofpdf writes with
// compression on (a test compares them); qpdf --check stays clean. The
// pass checks the shape of gofpdf's output (a classic cross-reference
// table, each page's /Contents a plain stream) and refuses anything else
// with an error rather than guess. Leaving the pages uncompressed was not
// chosen: the file would be several times larger.
//
// Painting text. painttext.go writes gofpdf's own text and rectangle
// operators with strconv instead of fmt, for characters gofpdf has
// already seen in that face; anything new (gofpdf records the characters
// a font uses in its own Text call, and subsets the font from that record)
// or invalid still goes through gofpdf's Text, so the file is byte for
// byte gofpdf's (TestFastTextIsGofpdfsText). fontcache.go starts the
// first document of a process, with its fonts, on a goroutine while the
// layout runs (the command line starts it sooner, with Prepare, before it
// opens the plan): gofpdf keeps parsed fonts in unexported fields, so they
// cannot be cached across documents; this saves wall time, not CPU.
//
// Chapters on every core. The chapters of a report are built, and then
// laid out, at the same time (parallel.go). Building them needs nothing
// but the plan and the analysis, apart from the appendix, which takes the
// full timeline the timeline chapter leaves and is built after the
// others. Laying them out needs nothing but their own pages, because
// every chapter starts on a page of its own: each gets a layout that
// counts pages from its first, and their anchors are moved by the pages
// before them when the pages are put together. Tests compare both with
// the work done in order, for every kind of report; the file is the same
// byte for byte.
//
// # Invariants
//
//   - Same plan, same analysis, same language: same bytes. The document
//     date comes from the plan (its date, or the first day of the plan
//     period when it has none), the catalogue is sorted, and nothing
//     iterates over a map to produce output.
//   - Every character is either in the font, dropped as invisible, or part
//     of a run replaced by one U+FFFD before gofpdf sees it: emoji, Arabic,
//     Chinese and invalid UTF-8 print as a visible replacement and never
//     crash the export. gofpdf itself would index past its 16-bit tables.
//   - A plan that is not vastgesteld carries a CONCEPT mark: diagonally
//     across the cover, as a banner on it, and in every page's footer.
//   - WritePDF and ExportPDF write atomically: a temporary file in the
//     target folder, fsync, rename. On failure nothing is left behind and
//     the error is an *Error whose Message speaks Dutch or English.
//   - export imports neither fyne nor the store; the charts come from
//     planning/chart, the same figures the user interface draws.
//
// # The workshop report
//
// BuildWorkshop (workshop.go) makes a second, short document from the same
// parts: who took part in a workshop (per role, with names), the results
// of the guided self-assessment (the team, a radar per role, the answers
// per statement), where leadership and teachers or the team among itself
// disagree, and the dot-voting round with its ranking. The numbers come
// from planning and planning/workshop. ExportWorkshopPDFOn writes it as
// ExportPDFOn writes the plan, dated by the plan or else by the day of the
// export (BuildWorkshopOn), never by a day nobody gave; ExportWorkshopPDF
// is the same without a clock. When the plan holds votes, the plan itself
// gets the ranking as the last section of its investments chapter
// ("Prioriteiten van het team").
package export
