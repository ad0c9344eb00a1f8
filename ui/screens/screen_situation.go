package screens

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"balansplan/model"
	"balansplan/ui/form"
)

// situationScreen is the beginsituatie: where the school starts from. Its
// first tab is what the school has (the situation in words and the
// inventory: devices, network, software and licences, support contracts,
// known problems), its second how ict is organised (in words, and the
// tasks with who does them and the hours a year they take, with the
// total). Two tabs rather than one long page: each list's add button
// stands at the top of its tab, so it does not move when the other list
// grows, and each tab fits a 1024x640 window.
type situationScreen struct {
	s        Host
	texts    *form.Form // the situation and the organisation in words
	orgTexts *form.Form
	items    *recordList
	tasks    *recordList
	total    *widget.Label
	addItem  *widget.Button
	addTask  *widget.Button
	tabs     *container.AppTabs
	query    string // the search text; "" shows every line and task
	root     fyne.CanvasObject
}

func newSituationScreen(s Host) Screen {
	v := &situationScreen{s: s}
	sit := newRecordForm(s, "", nil)
	sit.text(model.FieldPlanSituation, "field.plan.situation", true, func(p *model.Plan) *string { return &p.Narrative.Situation })
	org := newRecordForm(s, "", nil)
	org.text(model.FieldPlanOrganisation, "field.plan.organisation", true, func(p *model.Plan) *string { return &p.Narrative.Organisation })
	v.texts, v.orgTexts = sit.Form, org.Form

	v.items = newRecordList(s.T("inventory.none"), v.newItem)
	v.tasks = newRecordList(s.T("task.none"), v.newTask)
	v.addItem = widget.NewButtonWithIcon(s.T("inventory.add"), theme.ContentAddIcon(), v.add)
	v.addTask = widget.NewButtonWithIcon(s.T("task.add"), theme.ContentAddIcon(), v.addResponsibility)
	v.total = widget.NewLabel("")

	v.tabs = container.NewAppTabs(
		container.NewTabItem(s.T("situation.tab.inventory"), tabPage(s.T("situation.intro"), toolbar(v.addItem), sit.Grid,
			widget.NewLabelWithStyle(s.T("section.inventory"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), v.items.box)),
		container.NewTabItem(s.T("situation.tab.organisation"), tabPage(s.T("organisation.intro"), toolbar(v.addTask, v.total), org.Grid,
			widget.NewLabelWithStyle(s.T("section.tasks"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), v.tasks.box)),
	)
	v.root = v.tabs
	return v
}

func (v *situationScreen) Content() fyne.CanvasObject { return v.root }

func (v *situationScreen) Refresh() {
	p := v.s.Doc().Plan()
	v.texts.Load()
	v.orgTexts.Load()
	ids := make([]string, len(p.Inventory))
	for i, it := range p.Inventory {
		ids[i] = it.ID
	}
	v.items.sync(p, ids)
	ids = make([]string, len(p.Organisation))
	hours := 0
	for i, r := range p.Organisation {
		ids[i] = r.ID
		hours += r.HoursPerYear
	}
	v.tasks.sync(p, ids)
	v.total.SetText(v.s.T("task.total", form.Thousands(hours, v.s.Lang())))
	v.Filter(v.query)
}

// Filter shows only the inventory lines and tasks with q in their texts
// (the search field), on the tab that has one; "" shows them all.
func (v *situationScreen) Filter(q string) {
	v.query = q
	p := v.s.Doc().Plan()
	var items, tasks int
	v.items.filter(func(id string) bool {
		it, _ := inventoryIn(p, id)
		ok := matches(q, inventoryTexts(it)...)
		if ok {
			items++
		}
		return ok
	})
	v.tasks.filter(func(id string) bool {
		r, _ := responsibilityIn(p, id)
		ok := matches(q, taskTexts(r)...)
		if ok {
			tasks++
		}
		return ok
	})
	// The tab that has what was searched for comes to the front.
	if strings.TrimSpace(q) == "" {
		return
	}
	first := items > 0 || matches(q, p.Narrative.Situation)
	second := tasks > 0 || matches(q, p.Narrative.Organisation)
	switch {
	case second && !first:
		v.tabs.SelectIndex(1)
	case first && !second:
		v.tabs.SelectIndex(0)
	}
}

func (v *situationScreen) newItem(id string) *recordCard {
	s := v.s
	l := s.Lang()
	f := newRecordForm(s, model.EntityInventory, inventoryRef)
	f.ID = id
	f.Title = func(p *model.Plan, id string) string { _, i := inventoryIn(p, id); return s.T("inventory.title", i+1) }
	item := func(p *model.Plan) *model.InventoryItem { it, _ := inventoryIn(p, id); return it }
	recordChoice(f, model.FieldKind, "field.inventory.kind", model.InventoryKinds(), func(k model.InventoryKind) string { return k.Label(l) }, false,
		func(p *model.Plan) *model.InventoryKind { return &item(p).Kind })
	f.text(model.FieldDescription, "field.inventory.description", false, func(p *model.Plan) *string { return &item(p).Description })
	f.number(model.FieldQuantity, "field.inventory.quantity", func(p *model.Plan) *int { return &item(p).Quantity })
	f.number(model.FieldYear, "field.inventory.year", func(p *model.Plan) *int { return &item(p).Year })
	f.text(model.FieldNote, "field.inventory.note", true, func(p *model.Plan) *string { return &item(p).Note })
	dup := widget.NewButtonWithIcon(s.T("inventory.duplicate"), theme.ContentCopyIcon(), func() { v.duplicate(id) })
	del := widget.NewButtonWithIcon(s.T("button.delete"), theme.DeleteIcon(), func() { v.removeItem(id) })
	return &recordCard{form: f.Form, box: card(f.Form, dup, del)}
}

func (v *situationScreen) newTask(id string) *recordCard {
	s := v.s
	f := newRecordForm(s, model.EntityResponsibility, responsibilityRef)
	f.ID = id
	f.Title = func(p *model.Plan, id string) string { _, i := responsibilityIn(p, id); return s.T("task.title", i+1) }
	task := func(p *model.Plan) *model.Responsibility { r, _ := responsibilityIn(p, id); return r }
	f.text(model.FieldTask, "field.task.task", false, func(p *model.Plan) *string { return &task(p).Task })
	f.text(model.FieldPerson, "field.task.person", false, func(p *model.Plan) *string { return &task(p).Person })
	f.number(model.FieldHoursPerYear, "field.task.hours", func(p *model.Plan) *int { return &task(p).HoursPerYear })
	f.text(model.FieldDuties, "field.task.duties", true, func(p *model.Plan) *string { return &task(p).Duties })
	del := widget.NewButtonWithIcon(s.T("button.delete"), theme.DeleteIcon(), func() { v.removeTask(id) })
	return &recordCard{form: f.Form, box: card(f.Form, del)}
}

// add adds an inventory line at the end, a device to begin with and a
// description to type over (a line without one is refused), and puts the
// cursor in it.
func (v *situationScreen) add() {
	id := model.NewID()
	v.tabs.SelectIndex(0)
	inventoryList.add(v.s, v.items, id, model.InventoryItem{ID: id, Kind: model.InventoryApparaten, Description: v.s.T("inventory.new")})
}

// duplicate adds a copy of the line right after it (a second kind of
// laptop, a second licence), with an ID of its own.
func (v *situationScreen) duplicate(id string) {
	s := v.s
	_, i := inventoryIn(s.Doc().Plan(), id)
	if i < 0 {
		return
	}
	s.Edit(s.T("edit.inventory.duplicate", s.T("inventory.title", i+1)), func(p *model.Plan) {
		if it, i := inventoryIn(p, id); i >= 0 {
			c := *it
			c.ID = model.NewID()
			p.Inventory = slices.Insert(slices.Clone(p.Inventory), i+1, c)
		}
	})
}

func (v *situationScreen) removeItem(id string) { inventoryList.remove(v.s, id) }

// addResponsibility adds a task at the end with a name to type over.
func (v *situationScreen) addResponsibility() {
	id := model.NewID()
	v.tabs.SelectIndex(1)
	taskList.add(v.s, v.tasks, id, model.Responsibility{ID: id, Task: v.s.T("task.new")})
}

func (v *situationScreen) removeTask(id string) { taskList.remove(v.s, id) }
