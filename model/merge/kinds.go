package merge

import (
	"slices"
	"sort"
	"strconv"
	"strings"

	"balansplan/model"
)

// The fields of every kind of entity, in the order of the interchange
// format, under its names (model.Field). A list inside an entity is one
// field under the name of the list (model.FieldAnswers, not
// FieldAnswerNow), since it is compared as a whole.

// scalar is a field holding one comparable value, reached through a
// pointer so that the same accessor reads and writes it.
func scalar[E any, T comparable](name model.Field, at func(e *E) *T, show func(T) string) field[E] {
	return field[E]{
		name: name,
		key:  func(e *E) string { return show(*at(e)) },
		take: func(dst, src *E) { *at(dst) = *at(src) },
	}
}

func text[T ~string](v T) string { return string(v) }
func integer[T ~int | ~int8 | ~int32 | ~int64](v T) string {
	return strconv.FormatInt(int64(v), 10)
}
func money(v model.Money) string   { return v.String() }
func month(v model.Month) string   { return v.String() }
func boolean(v bool) string        { return strconv.FormatBool(v) }
func decimal(v float64) string     { return strconv.FormatFloat(v, 'g', -1, 64) }
func rating(v model.Rating) string { return ratingText(v) }

func ratingText(r model.Rating) string {
	if !r.Known() {
		return "–"
	}
	return strconv.Itoa(int(r))
}

// optional is a field holding a pointer that may be nil (a key figure).
func optional[E any, T any](name model.Field, at func(e *E) **T, show func(T) string) field[E] {
	return field[E]{
		name: name,
		key: func(e *E) string {
			if p := *at(e); p != nil {
				return show(*p)
			}
			return ""
		},
		take: func(dst, src *E) {
			if p := *at(src); p != nil {
				v := *p
				*at(dst) = &v
			} else {
				*at(dst) = nil
			}
		},
	}
}

// idSet is a list of IDs compared as a set and shown as codes.
func idSet[E any](name model.Field, at func(e *E) *[]string, codes func(v view) map[string]string) field[E] {
	return field[E]{
		name: name,
		key: func(e *E) string {
			ids := slices.Clone(*at(e))
			sort.Strings(ids)
			return strings.Join(ids, ",")
		},
		show: func(v view, e *E) string {
			cs := make([]string, 0, len(*at(e)))
			for _, id := range *at(e) {
				if c, ok := codes(v)[id]; ok {
					cs = append(cs, c)
				} else {
					cs = append(cs, id)
				}
			}
			sort.Slice(cs, func(i, j int) bool { return model.CodeLess(cs[i], cs[j]) })
			return strings.Join(cs, ", ")
		},
		take: func(dst, src *E) { *at(dst) = slices.Clone(*at(src)) },
	}
}

func singletons() []kind[model.Plan] {
	one := func(p *model.Plan) []model.Plan { return []model.Plan{*p} }
	ref := func(*model.Plan, int) string { return "" }
	id := func(*model.Plan) string { return "" }
	clone := func(p *model.Plan) model.Plan { return *p.Clone() }
	put := func(fields func([]*model.Plan) []field[model.Plan]) func(res *model.Plan, es []model.Plan) {
		return func(res *model.Plan, es []model.Plan) {
			for _, f := range fields([]*model.Plan{&es[0]}) {
				f.take(res, &es[0])
			}
		}
	}
	return []kind[model.Plan]{
		{entity: model.EntityPlan, list: one, id: id, ref: ref, clone: clone, fields: planFields, put: put(planFields)},
		{entity: model.EntitySchool, list: one, id: id, ref: ref, clone: clone, fields: schoolFields, put: put(schoolFields)},
		{entity: model.EntityIndicators, list: one, id: id, ref: ref, clone: clone, fields: indicatorFields, put: put(indicatorFields)},
	}
}

// planFields are the plan's header fields. Every year that some version
// has a budget ceiling for is a field of its own, so that two copies can
// set the ceilings of different years.
func planFields(versions []*model.Plan) []field[model.Plan] {
	type P = model.Plan
	fs := []field[P]{
		scalar(model.FieldID, func(p *P) *string { return &p.ID }, text[string]),
		scalar(model.FieldPlanTitle, func(p *P) *string { return &p.Title }, text[string]),
		scalar(model.FieldPlanStartYear, func(p *P) *int { return &p.StartYear }, integer[int]),
		scalar(model.FieldPlanEndYear, func(p *P) *int { return &p.EndYear }, integer[int]),
		scalar(model.FieldPlanStatus, func(p *P) *model.PlanStatus { return &p.Status }, text[model.PlanStatus]),
		scalar(model.FieldPlanVersion, func(p *P) *string { return &p.Version }, text[string]),
		scalar(model.FieldPlanDate, func(p *P) *string { return &p.Date }, text[string]),
		{
			name: model.FieldPlanAuthors,
			key:  func(p *P) string { return strings.Join(p.Authors, "; ") },
			take: func(dst, src *P) { dst.Authors = slices.Clone(src.Authors) },
		},
		scalar(model.FieldPlanAmbition, func(p *P) *model.Ambition { return &p.Ambition }, text[model.Ambition]),
		scalar(model.FieldPlanTeachingNow, func(p *P) *model.Teaching { return &p.TeachingNow }, text[model.Teaching]),
		scalar(model.FieldPlanTeachingGoal, func(p *P) *model.Teaching { return &p.TeachingGoal }, text[model.Teaching]),
		scalar(model.FieldPlanMaterialNow, func(p *P) *model.Material { return &p.MaterialNow }, text[model.Material]),
		scalar(model.FieldPlanMaterialGoal, func(p *P) *model.Material { return &p.MaterialGoal }, text[model.Material]),
	}
	years := map[int]bool{}
	for _, v := range versions {
		for y := range v.BudgetCeiling {
			years[y] = true
		}
	}
	ys := make([]int, 0, len(years))
	for y := range years {
		ys = append(ys, y)
	}
	sort.Ints(ys)
	for _, y := range ys {
		fs = append(fs, field[P]{
			name: model.FieldPlanBudgetCeiling.Key(strconv.Itoa(y)),
			key: func(p *P) string {
				if m, ok := p.BudgetCeiling[y]; ok {
					return m.String()
				}
				return ""
			},
			take: func(dst, src *P) {
				m, ok := src.BudgetCeiling[y]
				if !ok {
					delete(dst.BudgetCeiling, y)
					return
				}
				if dst.BudgetCeiling == nil {
					dst.BudgetCeiling = map[int]model.Money{}
				}
				dst.BudgetCeiling[y] = m
			},
		})
	}
	fs = append(fs, scalar(model.FieldPlanVoteBudget, func(p *P) *int { return &p.VoteBudget }, integer[int]))
	fs = append(fs, boardFields()...)
	fs = append(fs, themeFields(versions)...) // themes.go
	return append(fs, previousFields()...)
}

// previousFields is the link back (model/previous.go), field by field:
// the ID, title and version of the plan this one continues. Two copies
// that name another previous plan, or another version of it, conflict on
// that field; in practice only the coordinator's copy sets it.
func previousFields() []field[model.Plan] {
	type P = model.Plan
	str := func(name model.Field, at func(p *P) *string) field[P] { return scalar(name, at, text[string]) }
	return []field[P]{
		str(model.FieldPlanPreviousID, func(p *P) *string { return &p.Previous.ID }),
		str(model.FieldPlanPreviousTitle, func(p *P) *string { return &p.Previous.Title }),
		str(model.FieldPlanPreviousVersion, func(p *P) *string { return &p.Previous.Version }),
	}
}

// boardFields are the board chapters' fields under "plan", each merged on
// its own, except the signature lines, which are one value: who signs is
// decided as a whole, and two copies that each add a line are a conflict
// to choose, not two lines to add up.
func boardFields() []field[model.Plan] {
	type P = model.Plan
	str := func(name model.Field, at func(p *P) *string) field[P] { return scalar(name, at, text[string]) }
	return []field[P]{
		str(model.FieldPlanProposalDecision, func(p *P) *string { return &p.Proposal.Decision }),
		str(model.FieldPlanProposalFunding, func(p *P) *string { return &p.Proposal.Funding }),
		str(model.FieldPlanProposalOverCeiling, func(p *P) *string { return &p.Proposal.OverCeiling }),
		str(model.FieldPlanProposalConditions, func(p *P) *string { return &p.Proposal.Conditions }),
		str(model.FieldPlanAdoptionDate, func(p *P) *string { return &p.Adoption.Date }),
		str(model.FieldPlanAdoptionBy, func(p *P) *string { return &p.Adoption.By }),
		scalar(model.FieldPlanCouncilKind, func(p *P) *model.CouncilKind { return &p.Adoption.Council.Kind }, text[model.CouncilKind]),
		scalar(model.FieldPlanCouncilOutcome, func(p *P) *model.CouncilOutcome { return &p.Adoption.Council.Outcome }, text[model.CouncilOutcome]),
		str(model.FieldPlanCouncilDate, func(p *P) *string { return &p.Adoption.Council.Date }),
		str(model.FieldPlanCouncilNote, func(p *P) *string { return &p.Adoption.Council.Note }),
		{
			name: model.FieldPlanSignatories,
			key: func(p *P) string {
				parts := make([]string, len(p.Adoption.Signatories))
				for i, s := range p.Adoption.Signatories {
					parts[i] = strconv.Quote(s.Name) + " " + strconv.Quote(s.Function)
				}
				return strings.Join(parts, ", ")
			},
			show: func(_ view, p *P) string {
				parts := make([]string, len(p.Adoption.Signatories))
				for i, s := range p.Adoption.Signatories {
					parts[i] = strings.TrimSpace(s.Name + " (" + s.Function + ")")
				}
				return strings.Join(parts, "; ")
			},
			take: func(dst, src *P) { dst.Adoption.Signatories = slices.Clone(src.Adoption.Signatories) },
		},
		str(model.FieldPlanPrivacyResponsible, func(p *P) *string { return &p.Privacy.Responsible }),
		str(model.FieldPlanPrivacyProcessing, func(p *P) *string { return &p.Privacy.ProcessingAgreements }),
		str(model.FieldPlanPrivacyDPIA, func(p *P) *string { return &p.Privacy.DPIA }),
		str(model.FieldPlanPrivacyNote, func(p *P) *string { return &p.Privacy.Note }),
		str(model.FieldPlanReviewBy, func(p *P) *string { return &p.Review.By }),
		str(model.FieldPlanReviewWhen, func(p *P) *string { return &p.Review.When }),
		str(model.FieldPlanReviewHow, func(p *P) *string { return &p.Review.How }),
		str(model.FieldPlanSituation, func(p *P) *string { return &p.Narrative.Situation }),
		str(model.FieldPlanOrganisation, func(p *P) *string { return &p.Narrative.Organisation }),
		str(model.FieldPlanReplacement, func(p *P) *string { return &p.Narrative.Replacement }),
		str(model.FieldPlanCommunication, func(p *P) *string { return &p.Narrative.Communication }),
		str(model.FieldPlanSchoolplan, func(p *P) *string { return &p.Narrative.Schoolplan }),
	}
}

func schoolFields([]*model.Plan) []field[model.Plan] {
	type P = model.Plan
	return []field[P]{
		scalar(model.FieldSchoolName, func(p *P) *string { return &p.School.Name }, text[string]),
		scalar(model.FieldSchoolBRIN, func(p *P) *string { return &p.School.BRIN }, text[string]),
		scalar(model.FieldSchoolSector, func(p *P) *model.Sector { return &p.School.Sector }, text[model.Sector]),
		scalar(model.FieldSchoolPupils, func(p *P) *int { return &p.School.Pupils }, integer[int]),
		scalar(model.FieldSchoolStaffFTE, func(p *P) *float64 { return &p.School.StaffFTE }, decimal),
		scalar(model.FieldSchoolBoard, func(p *P) *string { return &p.School.Board }, text[string]),
	}
}

func indicatorFields([]*model.Plan) []field[model.Plan] {
	type P = model.Plan
	return []field[P]{
		optional(model.FieldIndicatorsPupilsPerComputer, func(p *P) **float64 { return &p.Indicators.PupilsPerComputer }, decimal),
		optional(model.FieldIndicatorsDigitalMaterialPct, func(p *P) **float64 { return &p.Indicators.DigitalMaterialPct }, decimal),
		optional(model.FieldIndicatorsDigitalMaterialGoalPct, func(p *P) **float64 { return &p.Indicators.DigitalMaterialGoalPct }, decimal),
		optional(model.FieldIndicatorsLaptopSharePct, func(p *P) **float64 { return &p.Indicators.LaptopSharePct }, decimal),
		optional(model.FieldIndicatorsTabletSharePct, func(p *P) **float64 { return &p.Indicators.TabletSharePct }, decimal),
		optional(model.FieldIndicatorsBYODPct, func(p *P) **float64 { return &p.Indicators.BYODPct }, decimal),
		optional(model.FieldIndicatorsDigiboardRoomsPct, func(p *P) **float64 { return &p.Indicators.DigiboardRoomsPct }, decimal),
		optional(model.FieldIndicatorsWifi, func(p *P) **bool { return &p.Indicators.Wifi }, boolean),
	}
}

// position is the reference of an entity without a code: "#3".
func position(pos int) string { return "#" + strconv.Itoa(pos+1) }

var visionKind = kind[model.Vision]{
	entity: model.EntityVision,
	list:   func(p *model.Plan) []model.Vision { return p.Visions },
	put:    func(res *model.Plan, es []model.Vision) { res.Visions = es },
	id:     func(v *model.Vision) string { return v.ID },
	ref: func(v *model.Vision, pos int) string {
		if v.Code != "" {
			return v.Code
		}
		return position(pos)
	},
	clone: func(v *model.Vision) model.Vision {
		c := *v
		c.Returns = slices.Clone(v.Returns)
		c.Evaluations = slices.Clone(v.Evaluations)
		return c
	},
	fields: func(versions []*model.Vision) []field[model.Vision] {
		type V = model.Vision
		return append([]field[V]{
			scalar(model.FieldCode, func(v *V) *string { return &v.Code }, text[string]),
			scalar(model.FieldTitle, func(v *V) *string { return &v.Title }, text[string]),
			scalar(model.FieldText, func(v *V) *string { return &v.Text }, text[string]),
			{
				name: model.FieldReturns,
				key: func(v *V) string {
					rs := make([]string, len(v.Returns))
					for i, r := range v.Returns {
						rs[i] = string(r)
					}
					sort.Strings(rs)
					return strings.Join(rs, ", ")
				},
				take: func(dst, src *V) { dst.Returns = slices.Clone(src.Returns) },
			},
			scalar(model.FieldPriority, func(v *V) *int { return &v.Priority }, integer[int]),
			scalar(model.FieldEvaluationIndicator, func(v *V) *string { return &v.Evaluation.Indicator }, text[string]),
			scalar(model.FieldEvaluationMoment, func(v *V) *model.Month { return &v.Evaluation.Moment }, month),
			scalar(model.FieldTheme, func(v *V) *string { return &v.Theme }, text[string]),
		}, evaluationFields(versions)...)
	},
}

var investmentKind = kind[model.Investment]{
	entity: model.EntityInvestment,
	list:   func(p *model.Plan) []model.Investment { return p.Investments },
	put:    func(res *model.Plan, es []model.Investment) { res.Investments = es },
	id:     func(inv *model.Investment) string { return inv.ID },
	ref: func(inv *model.Investment, pos int) string {
		if inv.Code != "" {
			return inv.Code
		}
		return position(pos)
	},
	clone: func(inv *model.Investment) model.Investment {
		c := *inv
		c.VisionIDs = slices.Clone(inv.VisionIDs)
		c.DependsOnIDs = slices.Clone(inv.DependsOnIDs)
		c.Realisation = slices.Clone(inv.Realisation)
		c.StatusChanges = slices.Clone(inv.StatusChanges)
		return c
	},
	fields: func(versions []*model.Investment) []field[model.Investment] {
		type I = model.Investment
		return append([]field[I]{
			scalar(model.FieldCode, func(i *I) *string { return &i.Code }, text[string]),
			scalar(model.FieldTitle, func(i *I) *string { return &i.Title }, text[string]),
			scalar(model.FieldDescription, func(i *I) *string { return &i.Description }, text[string]),
			scalar(model.FieldBlock, func(i *I) *model.Block { return &i.Block }, text[model.Block]),
			scalar(model.FieldCategory, func(i *I) *model.Category { return &i.Category }, text[model.Category]),
			scalar(model.FieldMaterialType, func(i *I) *model.Material { return &i.MaterialType }, text[model.Material]),
			scalar(model.FieldFocus, func(i *I) *model.Focus { return &i.Focus }, text[model.Focus]),
			scalar(model.FieldStart, func(i *I) *model.Month { return &i.Start }, month),
			scalar(model.FieldEnd, func(i *I) *model.Month { return &i.End }, month),
			scalar(model.FieldOwner, func(i *I) *string { return &i.Owner }, text[string]),
			scalar(model.FieldStatus, func(i *I) *model.InvestmentStatus { return &i.Status }, text[model.InvestmentStatus]),
			scalar(model.FieldCostOneOff, func(i *I) *model.Money { return &i.Cost.OneOff }, money),
			scalar(model.FieldCostRecurring, func(i *I) *model.Money { return &i.Cost.Recurring }, money),
			scalar(model.FieldCostDepreciationYears, func(i *I) *int { return &i.Cost.DepreciationYears }, integer[int]),
			idSet(model.FieldVisions, func(i *I) *[]string { return &i.VisionIDs }, func(v view) map[string]string { return v.vision }),
			idSet(model.FieldDependsOn, func(i *I) *[]string { return &i.DependsOnIDs }, func(v view) map[string]string { return v.investment }),
			scalar(model.FieldPilot, func(i *I) *bool { return &i.Pilot }, boolean),
			scalar(model.FieldTheme, func(i *I) *string { return &i.Theme }, text[string]),
		}, realisationFields(versions)...)
	},
}

var agreementKind = kind[model.Agreement]{
	entity: model.EntityAgreement,
	list:   func(p *model.Plan) []model.Agreement { return p.Agreements },
	put:    func(res *model.Plan, es []model.Agreement) { res.Agreements = es },
	id:     func(a *model.Agreement) string { return a.ID },
	ref:    func(_ *model.Agreement, pos int) string { return position(pos) },
	clone:  func(a *model.Agreement) model.Agreement { return *a },
	fields: func([]*model.Agreement) []field[model.Agreement] {
		type A = model.Agreement
		return []field[A]{
			scalar(model.FieldKind, func(a *A) *model.AgreementKind { return &a.Kind }, text[model.AgreementKind]),
			scalar(model.FieldCoverage, func(a *A) *model.Coverage { return &a.Coverage }, text[model.Coverage]),
			scalar(model.FieldText, func(a *A) *string { return &a.Text }, text[string]),
			scalar(model.FieldTheme, func(a *A) *string { return &a.Theme }, text[string]),
		}
	},
}

// participantRef is how assessments and votes are named: by participant,
// as Validate names them; a task of the organisation of ict likewise by
// its task.
func participantRef(participant string, pos int) string {
	if participant != "" {
		return participant
	}
	return position(pos)
}

var assessmentKind = kind[model.Assessment]{
	entity: model.EntityAssessment,
	list:   func(p *model.Plan) []model.Assessment { return p.Assessments },
	put:    func(res *model.Plan, es []model.Assessment) { res.Assessments = es },
	id:     func(a *model.Assessment) string { return a.ID },
	ref:    func(a *model.Assessment, pos int) string { return participantRef(a.Participant, pos) },
	clone: func(a *model.Assessment) model.Assessment {
		c := *a
		c.Scores = make(map[model.Block]model.Score, len(a.Scores))
		for b, s := range a.Scores {
			c.Scores[b] = s
		}
		c.Answers = slices.Clone(a.Answers)
		c.Applications = slices.Clone(a.Applications) // keeps nil (not recorded) apart from empty
		return c
	},
	fields: func([]*model.Assessment) []field[model.Assessment] {
		type A = model.Assessment
		fs := []field[A]{
			scalar(model.FieldSession, func(a *A) *string { return &a.Session }, text[string]),
			scalar(model.FieldParticipant, func(a *A) *string { return &a.Participant }, text[string]),
			scalar(model.FieldRole, func(a *A) *model.Role { return &a.Role }, text[model.Role]),
		}
		for _, b := range model.Blocks() {
			for _, goal := range []bool{false, true} {
				name := model.FieldScoreNow.Key(string(b))
				part := func(s model.Score) model.Rating { return s.Now }
				if goal {
					name = model.FieldScoreGoal.Key(string(b))
					part = func(s model.Score) model.Rating { return s.Goal }
				}
				fs = append(fs, field[A]{
					name: name,
					key:  func(a *A) string { return rating(part(a.Scores[b])) },
					take: func(dst, src *A) {
						s := dst.Scores[b]
						if goal {
							s.Goal = src.Scores[b].Goal
						} else {
							s.Now = src.Scores[b].Now
						}
						if dst.Scores == nil {
							dst.Scores = map[model.Block]model.Score{}
						}
						dst.Scores[b] = s
					},
				})
			}
		}
		return append(fs,
			scalar(model.FieldQuestionSet, func(a *A) *string { return &a.QuestionSet }, text[string]),
			field[A]{
				name: model.FieldAnswers,
				key: func(a *A) string {
					parts := make([]string, len(a.Answers))
					for i, an := range a.Answers {
						parts[i] = an.Statement + " " + ratingText(an.Now) + "/" + ratingText(an.Goal)
					}
					sort.Strings(parts)
					return strings.Join(parts, ", ")
				},
				take: func(dst, src *A) { dst.Answers = slices.Clone(src.Answers) },
			},
			field[A]{
				name: model.FieldApplications,
				key:  func(a *A) string { return applicationsText(a.Applications) },
				take: func(dst, src *A) { dst.Applications = slices.Clone(src.Applications) },
			},
			scalar(model.FieldYear, func(a *A) *int { return &a.Year }, integer[int]))
	},
}

// applicationsText is an assessment's applications as a set: the ids
// sorted and joined; "" when they were not recorded (nil) and "–" when
// recorded as none (empty), so that recording "none" is a change of its
// own, as it is for the team profile.
func applicationsText(apps []model.Application) string {
	if apps == nil {
		return ""
	}
	if len(apps) == 0 {
		return "–"
	}
	ids := make([]string, len(apps))
	for i, a := range apps {
		ids[i] = string(a)
	}
	sort.Strings(ids)
	return strings.Join(ids, ", ")
}

var voteKind = kind[model.Vote]{
	entity: model.EntityVote,
	list:   func(p *model.Plan) []model.Vote { return p.Votes },
	put:    func(res *model.Plan, es []model.Vote) { res.Votes = es },
	id:     func(v *model.Vote) string { return v.ID },
	ref:    func(v *model.Vote, pos int) string { return participantRef(v.Participant, pos) },
	clone: func(v *model.Vote) model.Vote {
		c := *v
		c.Points = slices.Clone(v.Points)
		return c
	},
	fields: func([]*model.Vote) []field[model.Vote] {
		type V = model.Vote
		points := func(v *V, name func(id string) string) string {
			parts := make([]string, len(v.Points))
			for i, vp := range v.Points {
				parts[i] = name(vp.InvestmentID) + " " + strconv.Itoa(vp.Points)
			}
			sort.Slice(parts, func(i, j int) bool { return model.CodeLess(parts[i], parts[j]) })
			return strings.Join(parts, ", ")
		}
		return []field[V]{
			scalar(model.FieldSession, func(v *V) *string { return &v.Session }, text[string]),
			scalar(model.FieldParticipant, func(v *V) *string { return &v.Participant }, text[string]),
			scalar(model.FieldRole, func(v *V) *model.Role { return &v.Role }, text[model.Role]),
			{
				name: model.FieldPoints,
				key:  func(v *V) string { return points(v, func(id string) string { return id }) },
				show: func(w view, v *V) string {
					return points(v, func(id string) string {
						if c, ok := w.investment[id]; ok {
							return c
						}
						return id
					})
				},
				take: func(dst, src *V) { dst.Points = slices.Clone(src.Points) },
			},
		}
	},
}

// The board chapters' lists. Nothing links to their entries, so a deleted
// one takes nothing with it.

var inventoryKind = kind[model.InventoryItem]{
	entity: model.EntityInventory,
	list:   func(p *model.Plan) []model.InventoryItem { return p.Inventory },
	put:    func(res *model.Plan, es []model.InventoryItem) { res.Inventory = es },
	id:     func(it *model.InventoryItem) string { return it.ID },
	ref:    func(_ *model.InventoryItem, pos int) string { return position(pos) },
	clone:  func(it *model.InventoryItem) model.InventoryItem { return *it },
	fields: func([]*model.InventoryItem) []field[model.InventoryItem] {
		type I = model.InventoryItem
		return []field[I]{
			scalar(model.FieldKind, func(i *I) *model.InventoryKind { return &i.Kind }, text[model.InventoryKind]),
			scalar(model.FieldDescription, func(i *I) *string { return &i.Description }, text[string]),
			scalar(model.FieldQuantity, func(i *I) *int { return &i.Quantity }, integer[int]),
			scalar(model.FieldYear, func(i *I) *int { return &i.Year }, integer[int]),
			scalar(model.FieldNote, func(i *I) *string { return &i.Note }, text[string]),
		}
	},
}

var responsibilityKind = kind[model.Responsibility]{
	entity: model.EntityResponsibility,
	list:   func(p *model.Plan) []model.Responsibility { return p.Organisation },
	put:    func(res *model.Plan, es []model.Responsibility) { res.Organisation = es },
	id:     func(r *model.Responsibility) string { return r.ID },
	// By its task, as Validate names it.
	ref:   func(r *model.Responsibility, pos int) string { return participantRef(r.Task, pos) },
	clone: func(r *model.Responsibility) model.Responsibility { return *r },
	fields: func([]*model.Responsibility) []field[model.Responsibility] {
		type R = model.Responsibility
		return []field[R]{
			scalar(model.FieldTask, func(r *R) *string { return &r.Task }, text[string]),
			scalar(model.FieldPerson, func(r *R) *string { return &r.Person }, text[string]),
			scalar(model.FieldHoursPerYear, func(r *R) *int { return &r.HoursPerYear }, integer[int]),
			scalar(model.FieldDuties, func(r *R) *string { return &r.Duties }, text[string]),
		}
	},
}

var riskKind = kind[model.Risk]{
	entity: model.EntityRisk,
	list:   func(p *model.Plan) []model.Risk { return p.Risks },
	put:    func(res *model.Plan, es []model.Risk) { res.Risks = es },
	id:     func(r *model.Risk) string { return r.ID },
	ref:    func(_ *model.Risk, pos int) string { return position(pos) },
	clone:  func(r *model.Risk) model.Risk { return *r },
	fields: func([]*model.Risk) []field[model.Risk] {
		type R = model.Risk
		return []field[R]{
			scalar(model.FieldDescription, func(r *R) *string { return &r.Description }, text[string]),
			scalar(model.FieldLikelihood, func(r *R) *model.Grade { return &r.Likelihood }, text[model.Grade]),
			scalar(model.FieldImpact, func(r *R) *model.Grade { return &r.Impact }, text[model.Grade]),
			scalar(model.FieldOwner, func(r *R) *string { return &r.Owner }, text[string]),
			scalar(model.FieldMeasure, func(r *R) *string { return &r.Measure }, text[string]),
		}
	},
}
