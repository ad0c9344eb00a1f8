package shell

import (
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"balansplan/model"
	"balansplan/planning"
)

// schoolScreen edits the plan as a whole: the school, the plan's title and
// period, the ambition, the form of education and the learning material now
// and as goal, the budget ceiling per year and the key figures.
type schoolScreen struct {
	s        *Shell
	form     *form
	ceilings *form // one field per plan year; rebuilt when the period changes
	years    []int
	box      *fyne.Container // holds the ceilings form
	root     fyne.CanvasObject
}

func newSchoolScreen(s *Shell) screen {
	v := &schoolScreen{s: s}
	l := s.Lang()
	f := newForm(s, "", nil)
	v.form = f

	str := func(name string, ptr func(p *model.Plan) *string) {
		f.text(name, s.T("field."+name), false,
			func(p *model.Plan) string { return *ptr(p) },
			func(p *model.Plan, t string) error { *ptr(p) = t; return nil })
	}
	intField := func(name string, ptr func(p *model.Plan) *int, change func(p *model.Plan)) {
		f.text(name, s.T("field."+name), false,
			func(p *model.Plan) string {
				if n := *ptr(p); n != 0 {
					return strconv.Itoa(n)
				}
				return ""
			},
			func(p *model.Plan, t string) error {
				n, err := atoiEmpty(t)
				if err != nil {
					return s.errorf("error.notinteger", t)
				}
				*ptr(p) = n
				if change != nil {
					change(p)
				}
				return nil
			})
	}

	f.section(s.T("section.school"))
	str("school.name", func(p *model.Plan) *string { return &p.School.Name })
	str("school.brin", func(p *model.Plan) *string { return &p.School.BRIN })
	sv, sl := enumOptions(model.Sectors(), func(x model.Sector) string { return x.Label(l) })
	f.choice("school.sector", s.T("field.school.sector"), sv, sl,
		func(p *model.Plan) string { return string(p.School.Sector) },
		func(p *model.Plan, x string) { p.School.Sector = model.Sector(x) })
	intField("school.pupils", func(p *model.Plan) *int { return &p.School.Pupils }, nil)
	f.text("school.staff_fte", s.T("field.school.staff_fte"), false,
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
			x, err := parseFloatInput(t)
			if err != nil {
				return s.errorf("error.notnumber", t)
			}
			p.School.StaffFTE = x
			return nil
		})
	str("school.board", func(p *model.Plan) *string { return &p.School.Board })

	f.section(s.T("section.plan"))
	str("plan.title", func(p *model.Plan) *string { return &p.Title })
	str("plan.version", func(p *model.Plan) *string { return &p.Version })
	str("plan.date", func(p *model.Plan) *string { return &p.Date })
	stv, stl := enumOptions(model.PlanStatuses(), func(x model.PlanStatus) string { return x.Label(l) })
	f.choice("plan.status", s.T("field.plan.status"), stv, stl,
		func(p *model.Plan) string { return string(p.Status) },
		func(p *model.Plan, x string) { p.Status = model.PlanStatus(x) })
	f.text("plan.authors", s.T("field.plan.authors"), false,
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
	// it, in the same edit (undo brings them back).
	intField("plan.start_year", func(p *model.Plan) *int { return &p.StartYear }, dropCeilingsOutside)
	intField("plan.end_year", func(p *model.Plan) *int { return &p.EndYear }, dropCeilingsOutside)

	f.section(s.T("section.ambition"))
	av, al := enumOptions(model.Ambitions(), func(x model.Ambition) string { return x.Label(l) })
	f.choice("plan.ambition", s.T("field.plan.ambition"), av, al,
		func(p *model.Plan) string { return string(p.Ambition) },
		func(p *model.Plan, x string) { p.Ambition = model.Ambition(x) })
	tv, tl := enumOptions(model.Teachings(), func(x model.Teaching) string { return x.Label(l) })
	tv, tl = append([]string{""}, tv...), append([]string{s.T("choice.none")}, tl...)
	f.choice("plan.teaching.now", s.T("field.plan.teaching.now"), tv, tl,
		func(p *model.Plan) string { return string(p.TeachingNow) },
		func(p *model.Plan, x string) { p.TeachingNow = model.Teaching(x) })
	f.choice("plan.teaching.goal", s.T("field.plan.teaching.goal"), tv, tl,
		func(p *model.Plan) string { return string(p.TeachingGoal) },
		func(p *model.Plan, x string) { p.TeachingGoal = model.Teaching(x) })
	mv, ml := enumOptions(model.Materials(), func(x model.Material) string { return x.Label(l) })
	mv, ml = append([]string{""}, mv...), append([]string{s.T("choice.none")}, ml...)
	f.choice("plan.material.now", s.T("field.plan.material.now"), mv, ml,
		func(p *model.Plan) string { return string(p.MaterialNow) },
		func(p *model.Plan, x string) { p.MaterialNow = model.Material(x) })
	f.choice("plan.material.goal", s.T("field.plan.material.goal"), mv, ml,
		func(p *model.Plan) string { return string(p.MaterialGoal) },
		func(p *model.Plan, x string) { p.MaterialGoal = model.Material(x) })

	f.section(s.T("section.indicators"))
	pct := func(name string, ptr func(p *model.Plan) **float64) {
		f.text(name, s.T("field."+name), false,
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
				x, err := parseFloatInput(strings.TrimSuffix(strings.TrimSpace(t), "%"))
				if err != nil {
					return s.errorf("error.notnumber", t)
				}
				*ptr(p) = &x
				return nil
			})
	}
	pct("indicators.pupils_per_computer", func(p *model.Plan) **float64 { return &p.Indicators.PupilsPerComputer })
	pct("indicators.digital_material_pct", func(p *model.Plan) **float64 { return &p.Indicators.DigitalMaterialPct })
	pct("indicators.digital_material_goal_pct", func(p *model.Plan) **float64 { return &p.Indicators.DigitalMaterialGoalPct })
	pct("indicators.laptop_share_pct", func(p *model.Plan) **float64 { return &p.Indicators.LaptopSharePct })
	pct("indicators.tablet_share_pct", func(p *model.Plan) **float64 { return &p.Indicators.TabletSharePct })
	pct("indicators.byod_pct", func(p *model.Plan) **float64 { return &p.Indicators.BYODPct })
	pct("indicators.digiboard_rooms_pct", func(p *model.Plan) **float64 { return &p.Indicators.DigiboardRoomsPct })
	f.choice("indicators.wifi", s.T("field.indicators.wifi"), []string{"", "yes", "no"},
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
	v.root = container.NewVScroll(container.NewPadded(container.NewVBox(f.grid,
		widget.NewLabelWithStyle(s.T("section.ceilings"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		v.box)))
	return v
}

// dropCeilingsOutside removes budget ceilings of years outside the period.
func dropCeilingsOutside(p *model.Plan) {
	for y := range p.BudgetCeiling {
		if y < p.StartYear || y > p.EndYear {
			delete(p.BudgetCeiling, y)
		}
	}
}

func (v *schoolScreen) content() fyne.CanvasObject { return v.root }

func (v *schoolScreen) refresh() {
	v.form.load()
	years := v.s.doc.Plan().Years()
	if fmt.Sprint(years) != fmt.Sprint(v.years) || v.ceilings == nil {
		v.years = years
		v.buildCeilings()
	}
	v.ceilings.load()
}

// buildCeilings makes a field per plan year for its budget ceiling; an
// empty field means no ceiling.
func (v *schoolScreen) buildCeilings() {
	s, l := v.s, v.s.Lang()
	c := newForm(s, "", nil)
	for _, y := range v.years {
		y := y
		c.text(fmt.Sprintf("plan.budget_ceiling.%d", y), strconv.Itoa(y), false,
			func(p *model.Plan) string {
				if m, ok := p.BudgetCeiling[y]; ok {
					return moneyInput(m, l)
				}
				return ""
			},
			func(p *model.Plan, t string) error {
				if strings.TrimSpace(t) == "" {
					delete(p.BudgetCeiling, y)
					return nil
				}
				m, err := parseMoneyInput(t)
				if err != nil {
					return s.errorf("error.money", t)
				}
				if p.BudgetCeiling == nil {
					p.BudgetCeiling = map[int]model.Money{}
				}
				p.BudgetCeiling[y] = m
				return nil
			})
	}
	v.ceilings = c
	v.box.Objects = []fyne.CanvasObject{c.grid}
	v.box.Refresh()
}
