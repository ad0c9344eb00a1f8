package workshop

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balansplan/export"
	"balansplan/model"
	csvimport "balansplan/model/answers"
	"balansplan/model/merge"
	rounds "balansplan/planning/workshop"
	"balansplan/ui/document"
	"balansplan/ui/form"
	"balansplan/ui/internal/paths"
)

// ParticipantCopy writes a copy of the plan for one participant of a
// workshop, who answers in it on a laptop of their own. The copy records
// the plan as it is now, so that the copies merge back three-way: what
// only one participant changed is taken without question.
func (s *Workshop) ParticipantCopy() {
	if s.Doc() == nil {
		return
	}
	s.Pending().Flush()
	base := strings.TrimSuffix(s.Doc().Name(), filepath.Ext(s.Doc().Name()))
	s.Files().SaveFile(s.T("menu.participantcopy"), base+" - "+s.T("copy.suggested")+".balans", []string{".balans"}, func(path string) {
		path = paths.WithExt(path, ".balans")
		if path == "" {
			return
		}
		if err := s.Doc().SaveParticipantCopy(path); err != nil {
			s.ShowError(err)
			return
		}
		s.SetStatus(s.T("status.participantcopy", path))
	})
}

// MergeCopies opens the dialog that merges participants' copies back into
// the open plan.
func (s *Workshop) MergeCopies() {
	if s.Doc() == nil {
		return
	}
	s.Pending().Flush()
	s.newMergeDialog().show()
}

// mergeDialog merges participants' copies into the open plan. The open
// plan takes part as the first copy, so that what the consultant changed
// meanwhile counts like any participant's change. When every copy carries
// the same base (made by ParticipantCopy from one state of the plan) the
// merge is three-way; otherwise every difference is a conflict. Nothing is
// overwritten silently: every conflict is listed and the consultant
// chooses per conflict whose version stays (merge.MergeChoosing); only
// when every conflict is decided and the result validates can the merged
// plan be written, as one edit of the document (so undo takes it back).
type mergeDialog struct {
	s      *Workshop
	copies []*document.Copy
	base   *model.Plan
	// choices are the copy chosen per conflict, by Conflict.Key; 0 is the
	// open plan.
	choices   map[string]int
	conflicts []merge.Conflict // of the last merge, with the choices
	merged    *model.Plan

	// Widgets, kept for the tests.
	files     *fyne.Container
	info      *widget.Label
	list      *fyne.Container
	radios    map[string]*widget.RadioGroup // by Conflict.Key
	problems  *widget.Label
	preferAll *widget.Select
	addBtn    *widget.Button
	mergeBtn  *widget.Button
	d         dialog.Dialog
	shownKeys string // the conflicts the list was built for
}

func (s *Workshop) newMergeDialog() *mergeDialog {
	m := &mergeDialog{s: s, choices: map[string]int{}}
	m.files = container.NewVBox()
	m.info = widget.NewLabel("")
	m.info.Wrapping = fyne.TextWrapWord
	m.list = container.NewVBox()
	m.problems = widget.NewLabel("")
	m.problems.Wrapping = fyne.TextWrapWord
	m.problems.Importance = widget.DangerImportance
	m.problems.Hide()
	m.addBtn = widget.NewButtonWithIcon(s.T("merge.add"), theme.ContentAddIcon(), m.ask)
	m.preferAll = widget.NewSelect(nil, func(string) {
		i := m.preferAll.SelectedIndex()
		if i < 0 {
			return
		}
		for _, c := range m.conflicts {
			if c.Reason != merge.Invalid {
				m.choices[c.Key()] = i
			}
		}
		m.update()
	})
	m.preferAll.PlaceHolder = s.T("merge.preferall")
	m.mergeBtn = widget.NewButtonWithIcon(s.T("merge.do"), theme.ConfirmIcon(), m.apply)
	m.mergeBtn.Importance = widget.HighImportance
	cancel := widget.NewButton(s.T("button.cancel"), func() { m.d.Hide() })
	intro := widget.NewLabel(s.T("merge.intro"))
	intro.Wrapping = fyne.TextWrapWord
	top := container.NewVBox(intro, m.files, container.NewHBox(m.addBtn), widget.NewSeparator(), m.info,
		container.NewBorder(nil, nil, widget.NewLabel(s.T("merge.preferall.label")), nil, m.preferAll))
	bottom := container.NewVBox(m.problems, container.NewHBox(layout.NewSpacer(), cancel, m.mergeBtn))
	content := container.NewBorder(top, bottom, nil, nil, container.NewVScroll(m.list))
	m.d = dialog.NewCustomWithoutButtons(strings.TrimSuffix(s.T("menu.merge"), "…"), content, s.Window())
	m.d.Resize(fyne.NewSize(920, 660))
	m.update()
	return m
}

func (m *mergeDialog) show() { m.d.Show() }

// ask lets the consultant pick a copy to add.
func (m *mergeDialog) ask() {
	m.s.Files().OpenFile(m.s.T("merge.add"), []string{".balans"}, func(path string) {
		if path != "" {
			m.add(path)
		}
	})
}

// add reads a copy and merges again. A file that is not a copy of this
// plan is refused with the reason.
func (m *mergeDialog) add(path string) {
	s := m.s
	if abs, err := filepath.Abs(path); err == nil {
		if own, err := filepath.Abs(s.Doc().Path()); err == nil && own == abs {
			s.ShowError(s.Errorf("merge.self", filepath.Base(path)))
			return
		}
		for _, c := range m.copies {
			if cabs, _ := filepath.Abs(c.Path); cabs == abs {
				return
			}
		}
	}
	c, err := document.ReadCopy(path)
	if err != nil {
		s.ShowError(err)
		return
	}
	// Copies of another plan are refused with model/merge's message,
	// which names both plans, before anything is merged.
	if err := merge.SamePlan(nil, []*model.Plan{s.Doc().Plan(), c.Plan}); err != nil {
		var dp *merge.DifferentPlansError
		if errors.As(err, &dp) {
			dp.Names = []string{s.Doc().Name(), filepath.Base(path)}
		}
		s.ShowError(err)
		return
	}
	m.copies = append(m.copies, c)
	m.update()
}

// remove takes a copy out of the merge.
func (m *mergeDialog) remove(i int) {
	m.copies = append(m.copies[:i], m.copies[i+1:]...)
	m.choices = map[string]int{}
	m.update()
}

// names are the copies' names as the dialog shows them: the open plan
// first.
func (m *mergeDialog) names() []string {
	out := []string{m.s.T("merge.thisplan", m.s.Doc().Name())}
	for _, c := range m.copies {
		out = append(out, filepath.Base(c.Path))
	}
	return out
}

// update merges again with the choices made and shows the result.
func (m *mergeDialog) update() {
	s := m.s
	m.files.Objects = nil
	for i, c := range m.copies {
		i := i
		rm := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { m.remove(i) })
		m.files.Add(container.NewBorder(nil, nil, nil, rm, widget.NewLabel(filepath.Base(c.Path))))
	}
	m.files.Refresh()
	if len(m.copies) == 0 {
		m.info.SetText(s.T("merge.none"))
		m.list.Objects = nil
		m.list.Refresh()
		m.conflicts, m.merged, m.shownKeys = nil, nil, ""
		m.preferAll.Hide()
		m.mergeBtn.Disable()
		return
	}
	// The base of the merge is model/merge's one rule: the base every
	// participant's copy carries, or none (two-way). The open plan is no
	// participant's copy and is left out.
	bases := make([]merge.Base, len(m.copies))
	for i, c := range m.copies {
		bases[i] = merge.Base{Hash: c.BaseSHA, Plan: c.Base}
	}
	m.base = merge.CommonBase(bases)
	plans := []*model.Plan{m.s.Doc().Plan()}
	for _, c := range m.copies {
		plans = append(plans, c.Plan)
	}
	m.merged, m.conflicts = merge.MergeChoosing(m.base, plans, func(c merge.Conflict) int {
		if i, ok := m.choices[c.Key()]; ok {
			return i
		}
		return -1
	})

	open, invalid := 0, 0
	for _, c := range m.conflicts {
		switch {
		case c.Reason == merge.Invalid:
			invalid++
		case !c.Resolved():
			open++
		}
	}
	var info string
	if m.base != nil {
		info = s.T("merge.threeway", s.Count("copies", len(m.copies)), m.copies[0].MadeAt.Local().Format("02-01-2006 15:04"))
	} else {
		info = s.T("merge.twoway", s.Count("copies", len(m.copies)))
	}
	choosable := len(m.conflicts) - invalid
	switch {
	case choosable == 0:
		info += " " + s.T("merge.noconflicts")
	default:
		info += " " + s.T("merge.conflicts", choosable, open)
	}
	m.info.SetText(info)
	m.preferAll.Options = m.names()
	m.preferAll.ClearSelected()
	if choosable > 0 {
		m.preferAll.Show()
	} else {
		m.preferAll.Hide()
	}

	var probs []string
	for _, c := range m.conflicts {
		if c.Reason == merge.Invalid {
			probs = append(probs, c.Message(s.Lang(), m.names()))
		}
	}
	if len(probs) > 0 {
		m.problems.SetText(s.T("merge.invalid") + "\n" + strings.Join(probs, "\n"))
		m.problems.Show()
	} else {
		m.problems.Hide()
	}
	m.buildList()
	if open == 0 && invalid == 0 {
		m.mergeBtn.Enable()
	} else {
		m.mergeBtn.Disable()
	}
}

// buildList shows one entry per conflict with a choice between the
// copies' versions; it is rebuilt only when the conflicts themselves
// change, so that a choice does not scroll the list away.
func (m *mergeDialog) buildList() {
	s := m.s
	l := s.Lang()
	var keys []string
	for _, c := range m.conflicts {
		if c.Reason != merge.Invalid {
			keys = append(keys, c.Key())
		}
	}
	joined := strings.Join(keys, "\n")
	if joined == m.shownKeys && m.radios != nil {
		for _, c := range m.conflicts {
			if r := m.radios[c.Key()]; r != nil {
				want := ""
				if c.Resolved() && c.Chosen < len(r.Options) {
					want = r.Options[c.Chosen]
				}
				if r.Selected != want {
					r.OnChanged, r.Selected = nil, want
					r.Refresh()
					r.OnChanged = m.onChoice(c.Key(), r)
				}
			}
		}
		return
	}
	m.shownKeys = joined
	m.radios = map[string]*widget.RadioGroup{}
	names := m.names()
	m.list.Objects = nil
	for _, c := range m.conflicts {
		if c.Reason == merge.Invalid {
			continue
		}
		head := model.Problem{Entity: c.Entity, Ref: c.Code, Field: c.Field}.Message(l)
		head = strings.TrimSuffix(head, ": ")
		title := widget.NewLabelWithStyle(head+" — "+s.T("merge.reason."+string(c.Reason)), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		title.Wrapping = fyne.TextWrapWord
		box := container.NewVBox(title)
		if c.Base != nil {
			base := widget.NewLabel(s.T("merge.base", shown(s, c.Base.Text)))
			base.Importance = widget.LowImportance
			box.Add(base)
		}
		if len(c.Linked) > 0 {
			box.Add(widget.NewLabel(s.T("merge.linked", strings.Join(c.Linked, ", "))))
		}
		var opts []string
		for i, v := range c.Values {
			var val string
			switch {
			case v.Absent:
				val = s.T("merge.absent")
			case v.Unchanged:
				val = shown(s, v.Text) + " " + s.T("merge.unchanged")
			default:
				val = shown(s, v.Text)
			}
			opts = append(opts, fmt.Sprintf("%s: %s", names[i], val))
		}
		r := widget.NewRadioGroup(opts, nil)
		if c.Resolved() && c.Chosen < len(opts) {
			r.Selected = opts[c.Chosen]
		}
		r.OnChanged = m.onChoice(c.Key(), r)
		m.radios[c.Key()] = r
		box.Add(r)
		m.list.Add(box)
		m.list.Add(widget.NewSeparator())
	}
	m.list.Refresh()
}

func (m *mergeDialog) onChoice(key string, r *widget.RadioGroup) func(string) {
	return func(sel string) {
		for i, o := range r.Options {
			if o == sel {
				m.choices[key] = i
				m.update()
				return
			}
		}
		delete(m.choices, key)
		m.update()
	}
}

// shown is a value as the dialog quotes it; an empty one says so.
func shown(s *Workshop, v string) string {
	if v == "" {
		return s.T("merge.empty")
	}
	return "“" + form.Truncate(v, 80) + "”"
}

// apply writes the merged plan as one edit of the document.
func (m *mergeDialog) apply() {
	s := m.s
	m.update()
	if m.merged == nil || len(merge.Unresolved(m.conflicts)) > 0 {
		return
	}
	merged := m.merged.Clone()
	n := len(m.copies)
	if !s.Edit(s.T("edit.merge", s.Count("copies", n)), func(p *model.Plan) { *p = *merged }) {
		return
	}
	m.d.Hide()
	s.SetStatus(s.T("status.merged", s.Count("copies", n)))
}

// ImportAnswers reads the answers of a guided self-assessment from a
// spreadsheet (CSV) and shows what it found before anything is imported.
func (s *Workshop) ImportAnswers() {
	if s.Doc() == nil {
		return
	}
	s.Pending().Flush()
	s.Files().OpenFile(s.T("menu.importanswers"), []string{".csv"}, func(path string) {
		if path == "" {
			return
		}
		if d := s.newAnswersDialog(path); d != nil {
			d.d.Show()
		}
	})
}

// answersDialog imports a CSV file of answers (model/answers), all or
// nothing: it lists every bad row with its message and a check box to
// skip that row on purpose; Import is possible only when every bad row is
// skipped. The columns are found by name, or by a mapping (a JSON file)
// the consultant chooses. The import is one edit of the document.
type answersDialog struct {
	s       *Workshop
	path    string
	data    []byte
	set     *rounds.QuestionSet
	mapping *csvimport.Mapping
	mapName string

	// What the last check found.
	fatal []string       // problems of the file or mapping: no import
	bad   map[int]string // bad rows and their messages
	good  int            // rows that import as they are

	// Widgets, kept for the tests.
	session   *widget.Entry
	mapLabel  *widget.Label
	summary   *widget.Label
	list      *fyne.Container
	checks    map[int]*widget.Check // by row
	importBtn *widget.Button
	d         dialog.Dialog
}

func (s *Workshop) newAnswersDialog(path string) *answersDialog {
	info, err := os.Stat(path)
	if err == nil && info.Size() > csvimport.MaxFileSize {
		s.ShowError(s.Errorf("answers.toolarge", filepath.Base(path), csvimport.MaxFileSize>>20))
		return nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		s.ShowError(err)
		return nil
	}
	set, err := s.questionSet("")
	if err != nil {
		s.ShowError(err)
		return nil
	}
	a := &answersDialog{s: s, path: path, data: data, set: set, checks: map[int]*widget.Check{}}
	a.session = widget.NewEntry()
	a.session.SetPlaceHolder(s.T("workshop.session.placeholder"))
	a.session.SetText(s.SessionName())
	a.session.OnChanged = func(string) { a.check() }
	a.mapLabel = widget.NewLabel("")
	a.mapLabel.Wrapping = fyne.TextWrapWord
	chooseMap := widget.NewButtonWithIcon(s.T("answers.mapping.choose"), theme.FolderOpenIcon(), a.chooseMapping)
	byName := widget.NewButton(s.T("answers.mapping.byname"), func() { a.mapping, a.mapName = nil, ""; a.check() })
	a.summary = widget.NewLabel("")
	a.summary.Wrapping = fyne.TextWrapWord
	a.list = container.NewVBox()
	a.importBtn = widget.NewButtonWithIcon(s.T("answers.import"), theme.ConfirmIcon(), a.apply)
	a.importBtn.Importance = widget.HighImportance
	cancel := widget.NewButton(s.T("button.cancel"), func() { a.d.Hide() })
	form := widget.NewForm(
		widget.NewFormItem(s.T("answers.file"), widget.NewLabel(filepath.Base(path))),
		widget.NewFormItem(s.T("answers.mapping"), container.NewVBox(a.mapLabel, container.NewHBox(chooseMap, byName))),
		widget.NewFormItem(s.T("field.session"), a.session),
	)
	top := container.NewVBox(form, widget.NewSeparator(), a.summary)
	bottom := container.NewHBox(layout.NewSpacer(), cancel, a.importBtn)
	content := container.NewBorder(top, bottom, nil, nil, container.NewVScroll(a.list))
	a.d = dialog.NewCustomWithoutButtons(strings.TrimSuffix(s.T("menu.importanswers"), "…"), content, s.Window())
	a.d.Resize(fyne.NewSize(900, 620))
	a.check()
	return a
}

// chooseMapping reads a mapping of columns from a JSON file.
func (a *answersDialog) chooseMapping() {
	s := a.s
	s.Files().OpenFile(s.T("answers.mapping.choose"), []string{".json"}, func(path string) {
		if path == "" {
			return
		}
		a.useMapping(path)
	})
}

func (a *answersDialog) useMapping(path string) {
	s := a.s
	name := filepath.Base(path)
	data, err := os.ReadFile(path)
	if err != nil {
		s.ShowError(s.Errorf("answers.mapping.unreadable", name))
		return
	}
	m, problems := csvimport.ParseMapping(data)
	if problems != nil {
		s.ShowError(s.Errorf("answers.mapping.bad", name, messagesOf(problems, s.Lang())))
		return
	}
	a.mapping, a.mapName = m, filepath.Base(path)
	a.check()
}

// currentMapping is the mapping with the session typed in the dialog for
// rows without a session column.
func (a *answersDialog) currentMapping() *csvimport.Mapping {
	m := csvimport.Mapping{}
	if a.mapping != nil {
		m = *a.mapping
	}
	if m.SessionName == "" {
		m.SessionName = strings.TrimSpace(a.session.Text)
	}
	return &m
}

// check reads the file again and shows what it found: problems of the
// file or mapping, which stop the import; each bad row with its message
// and a check box to skip it; and how many rows are good.
func (a *answersDialog) check() {
	s := a.s
	l := s.Lang()
	if a.mapping == nil {
		a.mapLabel.SetText(s.T("answers.mapping.none"))
	} else {
		a.mapLabel.SetText(a.mapName)
	}
	m := a.currentMapping()
	a.fatal, a.bad, a.good = nil, map[int]string{}, 0
	addAll := func(ps csvimport.Problems) {
		for _, p := range ps {
			if p.Row == 0 {
				a.fatal = append(a.fatal, p.Message(l))
			} else if prev, ok := a.bad[p.Row]; ok {
				a.bad[p.Row] = prev + "; " + p.Message(l)
			} else {
				a.bad[p.Row] = p.Message(l)
			}
		}
	}
	_, ps := csvimport.Read(a.data, a.set, m, nil)
	addAll(ps)
	if len(a.fatal) == 0 {
		// The rows that read well may still not fit the plan (a name twice
		// in the plan's session): try them on the plan as it is.
		rs, ps := csvimport.Read(a.data, a.set, m, a.badRows())
		addAll(ps)
		if len(ps) == 0 {
			_, _, ps := csvimport.Apply(s.Doc().Plan(), rs, a.set, nil)
			addAll(ps)
			a.good = len(rs)
			for _, p := range ps {
				if p.Row > 0 {
					a.good--
				}
			}
		}
	}

	// Keep the check boxes the consultant ticked for rows still bad.
	checks := map[int]*widget.Check{}
	a.list.Objects = nil
	if len(a.fatal) > 0 {
		msg := widget.NewLabel(strings.Join(a.fatal, "\n"))
		msg.Wrapping = fyne.TextWrapWord
		msg.Importance = widget.DangerImportance
		a.list.Add(msg)
	}
	for _, row := range a.badRows() {
		c := a.checks[row]
		if c == nil {
			c = widget.NewCheck(s.T("answers.skip", row), func(bool) { a.updateButton() })
		}
		checks[row] = c
		msg := widget.NewLabel(a.bad[row])
		msg.Wrapping = fyne.TextWrapWord
		msg.Importance = widget.DangerImportance
		a.list.Add(container.NewVBox(c, msg))
		a.list.Add(widget.NewSeparator())
	}
	a.checks = checks
	a.list.Refresh()
	a.updateButton()
}

// badRows lists the bad rows in order.
func (a *answersDialog) badRows() []int {
	out := make([]int, 0, len(a.bad))
	for r := range a.bad {
		out = append(out, r)
	}
	sort.Ints(out)
	return out
}

// skipped lists the bad rows the consultant chose to skip.
func (a *answersDialog) skipped() []int {
	var out []int
	for _, r := range a.badRows() {
		if c := a.checks[r]; c != nil && c.Checked {
			out = append(out, r)
		}
	}
	return out
}

// updateButton allows the import only when nothing is wrong with the file
// and every bad row is skipped on purpose.
func (a *answersDialog) updateButton() {
	s := a.s
	skipped := len(a.skipped())
	switch {
	case len(a.fatal) > 0:
		a.summary.SetText(s.T("answers.fatal"))
	case len(a.bad) == 0:
		a.summary.SetText(s.T("answers.allgood", a.good))
	default:
		a.summary.SetText(s.T("answers.some", a.good, len(a.bad), skipped))
	}
	if len(a.fatal) == 0 && skipped == len(a.bad) && a.good > 0 {
		a.importBtn.Enable()
	} else {
		a.importBtn.Disable()
	}
}

// apply imports the good rows as one edit.
func (a *answersDialog) apply() {
	s := a.s
	if a.importBtn.Disabled() {
		return
	}
	rs, ps := csvimport.Read(a.data, a.set, a.currentMapping(), a.skipped())
	if len(ps) > 0 {
		a.check()
		return
	}
	var res csvimport.Result
	var problems csvimport.Problems
	ok := s.Edit(s.T("edit.answers", s.Count("participants", len(rs))), func(p *model.Plan) {
		next, r, ps := csvimport.Apply(p, rs, a.set, nil)
		if len(ps) > 0 {
			problems = ps
			return
		}
		res = r
		*p = *next
	})
	if len(problems) > 0 {
		a.check()
		return
	}
	if !ok {
		return
	}
	a.d.Hide()
	s.SetStatus(s.T("status.answers", len(res.Added), len(res.Updated), len(a.skipped())))
}

// ExportWorkshopReport writes the short workshop report as PDF
// (Ctrl+Shift+E): who took part, the results per bouwsteen and role,
// where the team disagrees and the ranking of the dot votes.
func (s *Workshop) ExportWorkshopReport() {
	if s.Doc() == nil {
		return
	}
	s.Pending().Flush()
	name := strings.TrimSuffix(s.Doc().Name(), filepath.Ext(s.Doc().Name())) + " - " + s.T("report.suggested") + ".pdf"
	s.Files().SaveFile(s.T("menu.workshopreport"), name, []string{".pdf"}, func(path string) {
		path = paths.WithExt(path, ".pdf")
		if path != "" {
			s.exportWorkshopReport(path, nil)
		}
	})
}

func (s *Workshop) exportWorkshopReport(path string, done func(error)) {
	p, a, l := s.Doc().Plan(), s.Doc().Analysis(), s.Lang()
	var set *rounds.QuestionSet
	if v := rounds.MostUsedQuestionSet(p); v != "" {
		set, _ = s.questionSet(v) // a set this build does not ship: the report leaves the statements out
	}
	// Like the plan PDF: a plan without a date of its own is dated on the
	// day of the export, never on a day the user did not give.
	today := time.Now()
	s.RunExport(path, s.T("export.workshop.busy", filepath.Base(path)), func(progress func(n, total int)) error {
		return export.ExportWorkshopPDFOn(p, a, set, l, path, progress, today)
	}, done)
}

// messagesOf is what a refusal from model/answers says, in language l:
// its list of problems, or its one bilingual sentence.
func messagesOf(err any, l model.Lang) string {
	switch e := err.(type) {
	case interface{ Messages(model.Lang) []string }:
		return strings.Join(e.Messages(l), "\n")
	case interface{ Message(model.Lang) string }:
		return e.Message(l)
	case error:
		return e.Error()
	}
	return fmt.Sprint(err)
}
