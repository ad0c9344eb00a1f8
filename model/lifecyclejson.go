package model

import (
	"encoding/json"
)

// The plan's life in the interchange format (docs/plan-format-additions.md):
// "evaluations" in a vision, "realisation" and "status_history" in an
// investment, "year" in an assessment, and the top-level lists
// "status_history" and "versions". Each is left out when empty (a year
// when 0), so a plan without them is written byte for byte as before.
// A version's "content" is a whole balansplan/1 document without versions
// of its own; the importer reads and checks it, and keeps it in the
// canonical form EncodeJSON gives, so a round trip keeps its bytes.

type (
	wireVisionEvaluation struct {
		Year   int    `json:"year"`
		Rating *int   `json:"rating"` // null: not judged
		Note   string `json:"note"`
	}
	wireRealisation struct {
		Year      int   `json:"year"`
		OneOff    Money `json:"one_off"`
		Recurring Money `json:"recurring"`
	}
	wireInvestmentStatus struct {
		Date   string `json:"date"`
		Status string `json:"status"`
		Note   string `json:"note"`
	}
	wireStatusChange struct {
		ID     string `json:"id"`
		Status string `json:"status"`
		Date   string `json:"date"`
		By     string `json:"by"`
		Note   string `json:"note"`
	}
	wireVersion struct {
		ID      string          `json:"id"`
		Number  string          `json:"number"`
		Date    string          `json:"date"`
		Status  string          `json:"status"`
		Content json.RawMessage `json:"content"`
	}
)

// visionEvaluations reads a vision's yearly evaluations; the sink points
// at the vision.
func (d *decoder) visionEvaluations(m map[string]any) []VisionEvaluation {
	var out []VisionEvaluation
	for k, x := range d.arr(m, FieldEvaluations) {
		em, ok := x.(map[string]any)
		if !ok {
			d.typeErr(FieldEvaluationsEntry.At(k), "object", x)
			continue
		}
		out = append(out, VisionEvaluation{
			Year:   d.integer(em, FieldEvaluationsYear.At(k)),
			Rating: d.rating(em, FieldEvaluationsRating.At(k)),
			Note:   d.str(em, FieldEvaluationsNote.At(k)),
		})
	}
	return out
}

// investmentLife reads an investment's realisation and status history.
func (d *decoder) investmentLife(m map[string]any) ([]Realisation, []InvestmentStatusChange) {
	var rs []Realisation
	for k, x := range d.arr(m, FieldRealisation) {
		rm, ok := x.(map[string]any)
		if !ok {
			d.typeErr(FieldRealisationEntry.At(k), "object", x)
			continue
		}
		rs = append(rs, Realisation{
			Year:      d.integer(rm, FieldRealisationYear.At(k)),
			OneOff:    d.money(rm, FieldRealisationOneOff.At(k)),
			Recurring: d.money(rm, FieldRealisationRecurring.At(k)),
		})
	}
	var cs []InvestmentStatusChange
	for k, x := range d.arr(m, FieldStatusHistory) {
		cm, ok := x.(map[string]any)
		if !ok {
			d.typeErr(FieldStatusHistoryEntry.At(k), "object", x)
			continue
		}
		cs = append(cs, InvestmentStatusChange{
			Date:   d.str(cm, FieldStatusHistoryDate.At(k)),
			Status: InvestmentStatus(d.str(cm, FieldStatusHistoryStatus.At(k))),
			Note:   d.str(cm, FieldStatusHistoryNote.At(k)),
		})
	}
	return rs, cs
}

// lifecycleLists reads the plan's status history and frozen versions.
func (d *decoder) lifecycleLists(root map[string]any, p *Plan) {
	d.sink.at(EntityFile, "")
	for i, v := range d.arr(root, FieldListStatusHistory) {
		m, ok := d.element(EntityStatusChange, FieldListStatusHistory, "", i, v)
		if !ok {
			continue
		}
		p.StatusHistory = append(p.StatusHistory, StatusChange{
			ID:     d.id(m),
			Status: PlanStatus(d.str(m, FieldStatus)),
			Date:   d.str(m, FieldDate),
			By:     d.str(m, FieldBy),
			Note:   d.str(m, FieldNote),
		})
	}
	d.sink.at(EntityFile, "")
	for i, v := range d.arr(root, FieldListVersions) {
		m, ok := d.element(EntityVersion, FieldListVersions, FieldVersionNumber, i, v)
		if !ok {
			continue
		}
		ver := Version{
			ID:     d.id(m),
			Number: d.str(m, FieldVersionNumber),
			Date:   d.str(m, FieldDate),
			Status: PlanStatus(d.str(m, FieldStatus)),
		}
		ver.Content = d.versionContent(m)
		p.Versions = append(p.Versions, ver)
	}
}

// versionContent reads a version's frozen plan: a whole balansplan/1
// document, checked like any import, and kept as EncodeJSON writes it
// (without versions of its own: a frozen plan holds none).
func (d *decoder) versionContent(m map[string]any) string {
	c := d.obj(m, FieldVersionContent)
	if c == nil {
		return ""
	}
	raw, err := json.Marshal(c)
	if err != nil {
		d.typeErr(FieldVersionContent, "object", c)
		return ""
	}
	q, ps := DecodeJSONBytes(raw)
	if ps != nil {
		d.sink.add(FieldVersionContent, "content", Text{
			"de bevroren inhoud van deze versie is geen geldig plan: " + ps.Messages(NL)[0],
			"the frozen content of this version is not a valid plan: " + ps.Messages(EN)[0]})
		// Something that is an object, so Validate does not report the
		// field a second time.
		return "{}"
	}
	q.Versions = nil
	out, err := EncodeJSON(q)
	if err != nil {
		return "{}"
	}
	return string(out)
}

// encodeVisionEvaluations gives the wire form, nil when there are none.
func encodeVisionEvaluations(es []VisionEvaluation) []wireVisionEvaluation {
	if len(es) == 0 {
		return nil
	}
	out := make([]wireVisionEvaluation, len(es))
	for i, e := range es {
		out[i] = wireVisionEvaluation{e.Year, ratingPtr(e.Rating), e.Note}
	}
	return out
}

// encodeInvestmentLife fills an investment's realisation and status
// history, leaving both out when empty.
func encodeInvestmentLife(inv *Investment, w *wireInvestment) {
	for _, r := range inv.Realisation {
		w.Realisation = append(w.Realisation, wireRealisation(r))
	}
	for _, c := range inv.StatusChanges {
		w.StatusHistory = append(w.StatusHistory, wireInvestmentStatus{c.Date, string(c.Status), c.Note})
	}
}

// encodeLifecycle puts the status history and the versions into doc. A
// version's content that is not JSON (a damaged file) is written as null
// rather than breaking the document; the importer then names it.
func encodeLifecycle(p *Plan, doc *wireDoc) {
	for _, c := range p.StatusHistory {
		doc.StatusHistory = append(doc.StatusHistory, wireStatusChange{c.ID, string(c.Status), c.Date, c.By, c.Note})
	}
	for _, v := range p.Versions {
		w := wireVersion{ID: v.ID, Number: v.Number, Date: v.Date, Status: string(v.Status)}
		if json.Valid([]byte(v.Content)) {
			w.Content = json.RawMessage(v.Content)
		} else {
			w.Content = json.RawMessage("null")
		}
		doc.Versions = append(doc.Versions, w)
	}
}
