package screens

import (
	"strings"

	"fyne.io/fyne/v2"

	"balansplan/model"
	"balansplan/planning"
	"balansplan/planning/chart"
)

// RouteText says the route verdict with its reason in words, and the two
// shares behind it, T and E, as planning.FormatShare writes them (a share
// with nothing to divide reads "n.v.t.", never "0%"). The route screen,
// the overview and the presentation all say it this way.
func RouteText(h interface {
	T(key string, args ...any) string
}, r *planning.Route, l model.Lang) (reason, shares string) {
	pct := func(x float64) string { return planning.FormatPercent(x, l) }
	t, e := r.T(), r.E()
	both := func(pick func(planning.Level) bool) string {
		switch {
		case pick(t) && pick(e):
			return h.T("route.te")
		case pick(t):
			return "T"
		case pick(e):
			return "E"
		}
		return ""
	}
	switch r.Verdict {
	case planning.VisieOntbreekt:
		reason = h.T("route.reason.visie_ontbreekt")
	case planning.Onderwijsgedreven:
		reason = h.T("route.reason.onderwijsgedreven", pct(planning.DrivenThreshold))
	case planning.Techniekgedreven:
		reason = h.T("route.reason.techniekgedreven",
			both(func(x planning.Level) bool { return x.Known && x.Value < planning.TechnologyBelow }), pct(planning.TechnologyBelow))
	default:
		if unknown := both(func(x planning.Level) bool { return !x.Known }); unknown != "" {
			reason = h.T("route.reason.gemengd.unknown", unknown)
		} else {
			reason = h.T("route.reason.gemengd", pct(planning.DrivenThreshold), pct(planning.TechnologyBelow))
		}
	}
	shares = h.T("route.shares",
		planning.FormatShare(t, l), r.TracedInvestments, r.MaterialInvestments,
		planning.FormatShare(e, l), r.ExpertiseFirst, r.TracedInvestments)
	return reason, shares
}

// RouteFigure is planning/chart's route figure with its gauges labelled
// as the shares they are ("T (herleid naar visie) = 91%"), as RouteText
// and the PDF write them, not as fractions ("= 0,91"), and the thresholds
// in its legend as percentages. A label that the longer text would push
// past the figure's left edge is set smaller, measured with the font it
// is drawn in. The route screen, the overview and the presentation draw
// it.
func RouteFigure(h interface {
	T(key string, args ...any) string
}, a *planning.Analysis, l model.Lang, box chart.Box) chart.Figure {
	f := chart.Route(a, l, box)
	for i := range f.Shapes {
		s := &f.Shapes[i]
		var v planning.Level
		switch s.ID {
		case "gauge.T.label":
			v = a.Route.T()
		case "gauge.E.label":
			v = a.Route.E()
		default:
			continue
		}
		at := strings.LastIndex(s.Text, " = ")
		if at < 0 || len(s.Points) == 0 {
			continue
		}
		s.Text = s.Text[:at] + " = " + planning.FormatShare(v, l)
		// The label ends at its anchor (AlignEnd): its room is what lies
		// left of it, less a margin of 1% of the width.
		room := s.Points[0].X - 0.01*box.W
		if w := float64(fyne.MeasureText(s.Text, float32(s.Size), fyne.TextStyle{Bold: s.Bold}).Width); w > room && w > 0 && room > 0 {
			s.Size *= room / w
		}
	}
	for i, e := range f.Legend {
		if e.Key == "threshold" {
			f.Legend[i].Label = h.T("route.thresholds",
				planning.FormatPercent(planning.TechnologyBelow, l), planning.FormatPercent(planning.DrivenThreshold, l))
		}
	}
	return f
}
