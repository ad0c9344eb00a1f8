package dbopen

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"balansplan/model/pgstore"
	"balansplan/planning"
	"balansplan/ui/document"
	"balansplan/ui/document/pgdoc"
)

// planList is the list of plans the user may see (the database decides).
type planList struct {
	list   *widget.List
	plans  []pgstore.PlanInfo
	chosen int
}

func newPlanList(h Host, plans []pgstore.PlanInfo) *planList {
	l := &planList{plans: plans, chosen: -1}
	l.list = widget.NewList(
		func() int { return len(plans) },
		func() fyne.CanvasObject { return widget.NewLabel("") },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			o.(*widget.Label).SetText(planLine(h, plans[i]))
		})
	l.list.OnSelected = func(i widget.ListItemID) { l.chosen = i }
	return l
}

// planLine is one plan: school, title, status, who changed it last, when.
func planLine(h Host, p pgstore.PlanInfo) string {
	return h.T("db.plans.line", p.SchoolID, p.Title, p.Status, p.UpdatedBy, p.UpdatedAt.In(time.Local).Format("02-01-2006 15:04"))
}

// showPlans lists plans; the chosen one is opened. A user who may see no
// plan is told so, with the connection closed.
func showPlans(h Host, st *pgstore.Store, f Fields, plans []pgstore.PlanInfo, ref *planning.Reference, open func(*document.Document)) {
	if len(plans) == 0 {
		st.Close()
		dialog.ShowInformation(h.T("db.plans.title"), h.T("db.plans.none", f.User, f.Where()), h.Window())
		return
	}
	l := newPlanList(h, plans)
	dlg := dialog.NewCustomConfirm(h.T("db.plans.title"), h.T("db.plans.open"), h.T("button.cancel"), l.list, func(ok bool) {
		if !ok || l.chosen < 0 {
			st.Close()
			return
		}
		openPlan(h, st, f, plans[l.chosen].PlanID, ref, open)
	}, h.Window())
	dlg.Resize(fyne.NewSize(900, 480))
	dlg.Show()
	if len(plans) == 1 {
		l.list.Select(0)
	}
}

// openPlan loads one plan in the background and hands the document to
// open, with conflicts shown to the user (WatchConflicts).
func openPlan(h Host, st *pgstore.Store, f Fields, planID string, ref *planning.Reference, open func(*document.Document)) {
	h.SetStatus(h.T("db.status.loading", f.Where()))
	background(func() {
		db, err := pgdoc.Open(st, planID, f.Where())
		var d *document.Document
		if err == nil {
			d, err = document.OpenStore(db, db.Name(), ref)
		}
		fyne.Do(func() {
			if err != nil {
				st.Close()
				h.ShowError(err)
				return
			}
			WatchConflicts(h, d, db)
			open(d)
		})
	})
}
