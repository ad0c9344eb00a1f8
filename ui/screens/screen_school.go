package screens

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"balansplan/model"
	"balansplan/planning"
	"balansplan/ui/form"
)

// schoolScreen edits the plan as a whole: the school, the plan's title and
// period, the ambition, the form of education and the learning material now
// and as goal, the budget ceiling per year and the key figures.
type schoolScreen struct {
	s        Host
	form     *form.Form
	ceilings *form.Form // one field per plan year; rebuilt when the period changes
	years    []int
	box      *fyne.Container // holds the ceilings form
	// titleNote counts a title longer than TitleShown characters.
	titleNote *widget.Label
	root      fyne.CanvasObject
}

func newSchoolScreen(s Host) Screen {
	v := &schoolScreen{s: s}
	l := s.Lang()
	f := form.New(s, "", nil)
	v.form = f

	str := func(name model.Field, ptr func(p *model.Plan) *string) {
		f.Text(name, s.T("field."+string(name)), false,
			func(p *model.Plan) string { return *ptr(p) },
			func(p *model.Plan, t string) error { *ptr(p) = t; return nil })
	}
	intField := func(name model.Field, get func(p *model.Plan) int, set func(p *model.Plan, n int)) {
		f.Text(name, s.T("field."+string(name)), false,
			func(p *model.Plan) string {
				if n := get(p); n != 0 {
					return strconv.Itoa(n)
				}
				return ""
			},
			func(p *model.Plan, t string) error {
				n, err := form.AtoiEmpty(t)
				if err != nil {
					return s.Errorf("error.notinteger", t)
				}
				set(p, n)
				return nil
			})
	}

	f.Section(s.T("section.school"))
	str(model.FieldSchoolName, func(p *model.Plan) *string { return &p.School.Name })
	str(model.FieldSchoolBRIN, func(p *model.Plan) *string { return &p.School.BRIN })
	sv, sl := enumOptions(model.Sectors(), func(x model.Sector) string { return x.Label(l) })
	f.Choice(model.FieldSchoolSector, s.T("field.school.sector"), sv, sl,
		func(p *model.Plan) string { return string(p.School.Sector) },
		func(p *model.Plan, x string) { p.School.Sector = model.Sector(x) })
	intField(model.FieldSchoolPupils, func(p *model.Plan) int { return p.School.Pupils }, func(p *model.Plan, n int) { p.School.Pupils = n })
	f.Text(model.FieldSchoolStaffFTE, s.T("field.school.staff_fte"), false,
		func(p *model.Plan) string {
			if p.School.StaffFTE == 0 {
				return ""
			}
			return planning.FormatNumber(p.School.StaffFTE, 2, l)
		},
		func(p *model.Plan, t string) error {
			if strings.TrimSpace(t) == "" {
				p.School.StaffFTE = 0
				return nil
			}
			x, err := form.ParseFloatInput(t)
			if err != nil {
				return s.Errorf("error.notnumber", t)
			}
			p.School.StaffFTE = x
			return nil
		})
	str(model.FieldSchoolBoard, func(p *model.Plan) *string { return &p.School.Board })

	f.Section(s.T("section.plan"))
	str(model.FieldPlanTitle, func(p *model.Plan) *string { return &p.Title })
	// A long title (the contract allows 20.000 characters) stays whole in
	// the file; a line under the field counts it and says where the
	// window shows it shortened.
	v.titleNote = f.Explain(model.FieldPlanTitle, "")
	v.titleNote.Hide()
	f.Typed = func(name model.Field, t string) {
		if name == model.FieldPlanTitle {
			v.countTitle(t)
		}
	}
	str(model.FieldPlanVersion, func(p *model.Plan) *string { return &p.Version })
	str(model.FieldPlanDate, func(p *model.Plan) *string { return &p.Date })
	stv, stl := enumOptions(model.PlanStatuses(), func(x model.PlanStatus) string { return x.Label(l) })
	f.Choice(model.FieldPlanStatus, s.T("field.plan.status"), stv, stl,
		func(p *model.Plan) string { return string(p.Status) },
		func(p *model.Plan, x string) { p.Status = model.PlanStatus(x) })
	f.Text(model.FieldPlanAuthors, s.T("field.plan.authors"), false,
		func(p *model.Plan) string { return strings.Join(p.Authors, ", ") },
		func(p *model.Plan, t string) error {
			var as []string
			for _, a := range strings.Split(t, ",") {
				if a = strings.TrimSpace(a); a != "" {
					as = append(as, a)
				}
			}
			p.Authors = as
			return nil
		})
	// Changing the period drops the ceilings of years that fall outside
	// it, in the same edit (model.Plan.SetPeriod; undo brings them back).
	intField(model.FieldPlanStartYear, func(p *model.Plan) int { return p.StartYear }, func(p *model.Plan, n int) { p.SetPeriod(n, p.EndYear) })
	intField(model.FieldPlanEndYear, func(p *model.Plan) int { return p.EndYear }, func(p *model.Plan, n int) { p.SetPeriod(p.StartYear, n) })

	f.Section(s.T("section.ambition"))
	av, al := enumOptions(model.Ambitions(), func(x model.Ambition) string { return x.Label(l) })
	f.Choice(model.FieldPlanAmbition, s.T("field.plan.ambition"), av, al,
		func(p *model.Plan) string { return string(p.Ambition) },
		func(p *model.Plan, x string) { p.Ambition = model.Ambition(x) })
	tv, tl := enumOptions(model.Teachings(), func(x model.Teaching) string { return x.Label(l) })
	tv, tl = append([]string{""}, tv...), append([]string{s.T("choice.none")}, tl...)
	f.Choice(model.FieldPlanTeachingNow, s.T("field.plan.teaching.now"), tv, tl,
		func(p *model.Plan) string { return string(p.TeachingNow) },
		func(p *model.Plan, x string) { p.TeachingNow = model.Teaching(x) })
	f.Choice(model.FieldPlanTeachingGoal, s.T("field.plan.teaching.goal"), tv, tl,
		func(p *model.Plan) string { return string(p.TeachingGoal) },
		func(p *model.Plan, x string) { p.TeachingGoal = model.Teaching(x) })
	mv, ml := enumOptions(model.Materials(), func(x model.Material) string { return x.Label(l) })
	mv, ml = append([]string{""}, mv...), append([]string{s.T("choice.none")}, ml...)
	f.Choice(model.FieldPlanMaterialNow, s.T("field.plan.material.now"), mv, ml,
		func(p *model.Plan) string { return string(p.MaterialNow) },
		func(p *model.Plan, x string) { p.MaterialNow = model.Material(x) })
	f.Choice(model.FieldPlanMaterialGoal, s.T("field.plan.material.goal"), mv, ml,
		func(p *model.Plan) string { return string(p.MaterialGoal) },
		func(p *model.Plan, x string) { p.MaterialGoal = model.Material(x) })

	// How this plan follows from the schoolplan: beside the ambition it
	// explains, where a director looks for the plan's why.
	f.Text(model.FieldPlanSchoolplan, s.T("field.plan.schoolplan"), true,
		func(p *model.Plan) string { return p.Narrative.Schoolplan },
		func(p *model.Plan, t string) error { p.Narrative.Schoolplan = t; return nil })

	f.Section(s.T("section.indicators"))
	pct := func(name model.Field, ptr func(p *model.Plan) **float64) {
		f.Text(name, s.T("field."+string(name)), false,
			func(p *model.Plan) string {
				if x := *ptr(p); x != nil {
					return planning.FormatNumber(*x, 2, l)
				}
				return ""
			},
			func(p *model.Plan, t string) error {
				if strings.TrimSpace(t) == "" {
					*ptr(p) = nil
					return nil
				}
				x, err := form.ParseFloatInput(strings.TrimSuffix(strings.TrimSpace(t), "%"))
				if err != nil {
					return s.Errorf("error.notnumber", t)
				}
				*ptr(p) = &x
				return nil
			})
	}
	pct(model.FieldIndicatorsPupilsPerComputer, func(p *model.Plan) **float64 { return &p.Indicators.PupilsPerComputer })
	pct(model.FieldIndicatorsDigitalMaterialPct, func(p *model.Plan) **float64 { return &p.Indicators.DigitalMaterialPct })
	pct(model.FieldIndicatorsDigitalMaterialGoalPct, func(p *model.Plan) **float64 { return &p.Indicators.DigitalMaterialGoalPct })
	pct(model.FieldIndicatorsLaptopSharePct, func(p *model.Plan) **float64 { return &p.Indicators.LaptopSharePct })
	pct(model.FieldIndicatorsTabletSharePct, func(p *model.Plan) **float64 { return &p.Indicators.TabletSharePct })
	pct(model.FieldIndicatorsBYODPct, func(p *model.Plan) **float64 { return &p.Indicators.BYODPct })
	pct(model.FieldIndicatorsDigiboardRoomsPct, func(p *model.Plan) **float64 { return &p.Indicators.DigiboardRoomsPct })
	f.Choice(model.FieldIndicatorsWifi, s.T("field.indicators.wifi"), []string{"", "yes", "no"},
		[]string{s.T("choice.unknown"), s.T("choice.yes"), s.T("choice.no")},
		func(p *model.Plan) string {
			switch w := p.Indicators.Wifi; {
			case w == nil:
				return ""
			case *w:
				return "yes"
			}
			return "no"
		},
		func(p *model.Plan, x string) {
			if x == "" {
				p.Indicators.Wifi = nil
				return
			}
			b := x == "yes"
			p.Indicators.Wifi = &b
		})

	v.box = container.NewVBox()
	v.root = container.NewVScroll(container.NewPadded(container.NewVBox(f.Grid,
		widget.NewLabelWithStyle(s.T("section.ceilings"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		v.box)))
	return v
}

func (v *schoolScreen) Content() fyne.CanvasObject { return v.root }

func (v *schoolScreen) Refresh() {
	v.form.Load()
	v.countTitle(v.form.EntryOf(model.FieldPlanTitle).Text)
	years := v.s.Doc().Plan().Years()
	if fmt.Sprint(years) != fmt.Sprint(v.years) || v.ceilings == nil {
		v.years = years
		v.buildCeilings()
	}
	v.ceilings.Load()
}

// buildCeilings makes a field per plan year for its budget ceiling; an
// empty field means no ceiling.
func (v *schoolScreen) buildCeilings() {
	s, l := v.s, v.s.Lang()
	c := form.New(s, "", nil)
	for _, y := range v.years {
		y := y
		c.Text(model.FieldPlanBudgetCeiling.Key(strconv.Itoa(y)), strconv.Itoa(y), false,
			func(p *model.Plan) string {
				if m, ok := p.BudgetCeiling[y]; ok {
					return form.MoneyInput(m, l)
				}
				return ""
			},
			func(p *model.Plan, t string) error {
				if strings.TrimSpace(t) == "" {
					delete(p.BudgetCeiling, y)
					return nil
				}
				m, err := form.ParseMoneyInput(t)
				if err != nil {
					return s.Errorf("error.money", t)
				}
				if p.BudgetCeiling == nil {
					p.BudgetCeiling = map[int]model.Money{}
				}
				p.BudgetCeiling[y] = m
				return nil
			})
	}
	v.ceilings = c
	v.box.Objects = []fyne.CanvasObject{c.Grid}
	v.box.Refresh()
}

// countTitle shows how long a long title is and that the window shows it
// shortened; it hides for a title of at most TitleShown characters.
func (v *schoolScreen) countTitle(t string) {
	n := utf8.RuneCountInString(t)
	if n <= TitleShown {
		v.titleNote.Hide()
		return
	}
	v.titleNote.SetText(v.s.T("field.plan.title.long", form.Thousands(n, v.s.Lang()), TitleShown))
	v.titleNote.Show()
}
