package screens

import (
	"balansplan/model"
	"balansplan/planning"
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
