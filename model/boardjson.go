package model

// The board chapters in the interchange format (docs/plan-format-additions.md):
// the blocks proposal, adoption, privacy and review and the five narrative
// texts under "plan", and the top-level lists inventory, organisation and
// risks. Every one of them is optional and left out of the output when it
// is empty, so a plan without board data is written byte for byte as
// before the chapters existed. As everywhere in the format, a value of the
// wrong type is an error naming its field, a key given twice is one too
// (scanJSON), and an unknown key is ignored (the contract: "kept or
// ignored, never an error").

// boardFields reads the board chapters' blocks from the plan object pl.
// The sink points at the plan.
func (d *decoder) boardFields(pl map[string]any, p *Plan) {
	if o := d.obj(pl, FieldPlanProposal); o != nil {
		p.Proposal = Proposal{
			Decision:    d.str(o, FieldPlanProposalDecision),
			Funding:     d.str(o, FieldPlanProposalFunding),
			OverCeiling: d.str(o, FieldPlanProposalOverCeiling),
			Conditions:  d.str(o, FieldPlanProposalConditions),
		}
	}
	if o := d.obj(pl, FieldPlanAdoption); o != nil {
		p.Adoption.Date = d.str(o, FieldPlanAdoptionDate)
		p.Adoption.By = d.str(o, FieldPlanAdoptionBy)
		if c := d.obj(o, FieldPlanCouncil); c != nil {
			p.Adoption.Council = Council{
				Kind:    CouncilKind(d.str(c, FieldPlanCouncilKind)),
				Outcome: CouncilOutcome(d.str(c, FieldPlanCouncilOutcome)),
				Date:    d.str(c, FieldPlanCouncilDate),
				Note:    d.str(c, FieldPlanCouncilNote),
			}
		}
		for i, v := range d.arr(o, FieldPlanSignatories) {
			m, ok := v.(map[string]any)
			if !ok {
				d.typeErr(FieldPlanSignatory.At(i), "object", v)
				continue
			}
			p.Adoption.Signatories = append(p.Adoption.Signatories, Signatory{
				Name:     d.str(m, FieldPlanSignatoryName.At(i)),
				Function: d.str(m, FieldPlanSignatoryFunction.At(i)),
			})
		}
	}
	if o := d.obj(pl, FieldPlanPrivacy); o != nil {
		p.Privacy = Privacy{
			Responsible:          d.str(o, FieldPlanPrivacyResponsible),
			ProcessingAgreements: d.str(o, FieldPlanPrivacyProcessing),
			DPIA:                 d.str(o, FieldPlanPrivacyDPIA),
			Note:                 d.str(o, FieldPlanPrivacyNote),
		}
	}
	if o := d.obj(pl, FieldPlanReview); o != nil {
		p.Review = Review{
			By:   d.str(o, FieldPlanReviewBy),
			When: d.str(o, FieldPlanReviewWhen),
			How:  d.str(o, FieldPlanReviewHow),
		}
	}
	p.Narrative = Narrative{
		Situation:     d.str(pl, FieldPlanSituation),
		Organisation:  d.str(pl, FieldPlanOrganisation),
		Replacement:   d.str(pl, FieldPlanReplacement),
		Communication: d.str(pl, FieldPlanCommunication),
		Schoolplan:    d.str(pl, FieldPlanSchoolplan),
	}
}

// boardLists reads the inventory, the organisation of ict and the risks.
// A list of the wrong type is a problem of the file, like a list of
// visions of the wrong type.
func (d *decoder) boardLists(root map[string]any, p *Plan) {
	d.sink.at(EntityFile, "")
	for i, v := range d.arr(root, FieldListInventory) {
		m, ok := d.element(EntityInventory, FieldListInventory, "", i, v)
		if !ok {
			continue
		}
		it := InventoryItem{ID: d.id(m)}
		it.Kind = InventoryKind(d.str(m, FieldKind))
		it.Description = d.str(m, FieldDescription)
		it.Quantity = d.integer(m, FieldQuantity)
		it.Year = d.integer(m, FieldYear)
		it.Note = d.str(m, FieldNote)
		p.Inventory = append(p.Inventory, it)
	}
	d.sink.at(EntityFile, "")
	for i, v := range d.arr(root, FieldListOrganisation) {
		m, ok := d.element(EntityResponsibility, FieldListOrganisation, FieldTask, i, v)
		if !ok {
			continue
		}
		r := Responsibility{ID: d.id(m)}
		r.Task = d.str(m, FieldTask)
		r.Person = d.str(m, FieldPerson)
		r.HoursPerYear = d.integer(m, FieldHoursPerYear)
		r.Duties = d.str(m, FieldDuties)
		p.Organisation = append(p.Organisation, r)
	}
	d.sink.at(EntityFile, "")
	for i, v := range d.arr(root, FieldListRisks) {
		m, ok := d.element(EntityRisk, FieldListRisks, "", i, v)
		if !ok {
			continue
		}
		r := Risk{ID: d.id(m)}
		r.Description = d.str(m, FieldDescription)
		r.Likelihood = Grade(d.str(m, FieldLikelihood))
		r.Impact = Grade(d.str(m, FieldImpact))
		r.Owner = d.str(m, FieldOwner)
		r.Measure = d.str(m, FieldMeasure)
		p.Risks = append(p.Risks, r)
	}
}

// The wire types of the board chapters, in the order EncodeJSON writes
// their fields. An enumeration that is not said is null, as focus is.
type (
	wireProposal struct {
		Decision    string `json:"decision"`
		Funding     string `json:"funding"`
		OverCeiling string `json:"over_ceiling"`
		Conditions  string `json:"conditions"`
	}
	wireAdoption struct {
		Date        string          `json:"date"`
		By          string          `json:"by"`
		Council     *wireCouncil    `json:"council"` // null: nothing said
		Signatories []wireSignatory `json:"signatories"`
	}
	wireCouncil struct {
		Kind    *string `json:"kind"`
		Outcome *string `json:"outcome"`
		Date    string  `json:"date"`
		Note    string  `json:"note"`
	}
	wireSignatory struct {
		Name     string `json:"name"`
		Function string `json:"function"`
	}
	wirePrivacy struct {
		Responsible          string `json:"responsible"`
		ProcessingAgreements string `json:"processing_agreements"`
		DPIA                 string `json:"dpia"`
		Note                 string `json:"note"`
	}
	wireReview struct {
		By   string `json:"by"`
		When string `json:"when"`
		How  string `json:"how"`
	}
	wireInventoryItem struct {
		ID          string `json:"id"`
		Kind        string `json:"kind"`
		Description string `json:"description"`
		Quantity    int    `json:"quantity"`
		Year        int    `json:"year"`
		Note        string `json:"note"`
	}
	wireResponsibility struct {
		ID           string `json:"id"`
		Task         string `json:"task"`
		Person       string `json:"person"`
		HoursPerYear int    `json:"hours_per_year"`
		Duties       string `json:"duties"`
	}
	wireRisk struct {
		ID          string  `json:"id"`
		Description string  `json:"description"`
		Likelihood  *string `json:"likelihood"`
		Impact      *string `json:"impact"`
		Owner       string  `json:"owner"`
		Measure     string  `json:"measure"`
	}
)

// optional is s for the JSON, or nil (null) when s is empty.
func optional[T ~string](s T) *string {
	if s == "" {
		return nil
	}
	v := string(s)
	return &v
}

// encodeBoard puts the board chapters into doc, leaving out what is empty.
func encodeBoard(p *Plan, doc *wireDoc) {
	if !p.Proposal.IsZero() {
		doc.Plan.Proposal = &wireProposal{p.Proposal.Decision, p.Proposal.Funding, p.Proposal.OverCeiling, p.Proposal.Conditions}
	}
	if ad := p.Adoption; !ad.IsZero() {
		w := &wireAdoption{Date: ad.Date, By: ad.By, Signatories: make([]wireSignatory, len(ad.Signatories))}
		if c := ad.Council; c != (Council{}) {
			w.Council = &wireCouncil{optional(c.Kind), optional(c.Outcome), c.Date, c.Note}
		}
		for i, sg := range ad.Signatories {
			w.Signatories[i] = wireSignatory(sg)
		}
		doc.Plan.Adoption = w
	}
	if !p.Privacy.IsZero() {
		w := wirePrivacy(p.Privacy)
		doc.Plan.Privacy = &w
	}
	if !p.Review.IsZero() {
		w := wireReview(p.Review)
		doc.Plan.Review = &w
	}
	n := p.Narrative
	doc.Plan.Situation, doc.Plan.Organisation, doc.Plan.Replacement = n.Situation, n.Organisation, n.Replacement
	doc.Plan.Communication, doc.Plan.Schoolplan = n.Communication, n.Schoolplan
	for _, it := range p.Inventory {
		doc.Inventory = append(doc.Inventory, wireInventoryItem{it.ID, string(it.Kind), it.Description, it.Quantity, it.Year, it.Note})
	}
	for _, r := range p.Organisation {
		doc.Organisation = append(doc.Organisation, wireResponsibility(r))
	}
	for _, r := range p.Risks {
		doc.Risks = append(doc.Risks, wireRisk{r.ID, r.Description, optional(r.Likelihood), optional(r.Impact), r.Owner, r.Measure})
	}
}
