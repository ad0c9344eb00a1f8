package merge

import (
	"slices"
	"testing"

	"balansplan/model"
)

// The fields analysis/2 adds (issue 12) merge like the others; these are
// the cases the reflection tests in fields_test.go do not reach: the
// difference between applications not recorded (nil) and recorded as none
// (empty), the order of applications, the two halves of an evaluation
// edited in two copies, and a focus that only becomes wrong in the merge.

func TestRecordingNoApplicationsIsAChangeOfItsOwn(t *testing.T) {
	base := example(t)
	if assessment(base, "p1").Applications != nil {
		t.Fatal("the example records applications")
	}
	a, b := base.Clone(), base.Clone()
	assessment(a, "p1").Applications = []model.Application{}
	got, cs := Merge(base, []*model.Plan{a, b}, -1)
	checkConflicts(t, cs, nil)
	if apps := assessment(got, "p1").Applications; apps == nil || len(apps) != 0 {
		t.Errorf("the merged p1 has %#v, want an empty list: recorded, none", apps)
	}

	// Without a base, nil and empty differ: a conflict, shown as "" and "–".
	_, cs = Merge(nil, []*model.Plan{base.Clone(), a}, -1)
	checkConflicts(t, cs, []summary{{Changed, model.EntityAssessment, "p1", "applications", "", " | –", "", -1}})

	// Choosing the copy that recorded none takes the empty list.
	got, _ = Merge(nil, []*model.Plan{base.Clone(), a}, 1)
	if apps := assessment(got, "p1").Applications; apps == nil || len(apps) != 0 {
		t.Errorf("choosing the second copy gives %#v", apps)
	}
}

func TestApplicationsMergeAsASet(t *testing.T) {
	base := example(t)
	assessment(base, "p2").Applications = []model.Application{model.ApplicationLvs, model.ApplicationVideo}
	a, b := base.Clone(), base.Clone()
	// A only reorders (no change); B drops video.
	assessment(a, "p2").Applications = []model.Application{model.ApplicationVideo, model.ApplicationLvs}
	assessment(b, "p2").Applications = []model.Application{model.ApplicationLvs}
	got, cs := Merge(base, []*model.Plan{a, b}, -1)
	checkConflicts(t, cs, nil)
	if apps := assessment(got, "p2").Applications; !slices.Equal(apps, []model.Application{model.ApplicationLvs}) {
		t.Errorf("merged %v, want [lvs]", apps)
	}
	// Two different sets: a conflict listing each copy's ids sorted.
	assessment(a, "p2").Applications = []model.Application{model.ApplicationVideo, model.ApplicationDigibord}
	_, cs = Merge(base, []*model.Plan{a, b}, -1)
	checkConflicts(t, cs, []summary{{Changed, model.EntityAssessment, "p2", "applications", "lvs, video", "digibord, video | lvs", "", -1}})
}

func TestTheTwoHalvesOfAnEvaluationMergeOnTheirOwn(t *testing.T) {
	base := example(t)
	a, b := base.Clone(), base.Clone()
	vis(a, "V1").Evaluation.Indicator = "Rekenscores groep 8"
	vis(b, "V1").Evaluation.Moment = model.MonthOf(2028, 6)
	got, cs := Merge(base, []*model.Plan{a, b}, -1)
	checkConflicts(t, cs, nil)
	want := model.Evaluation{Indicator: "Rekenscores groep 8", Moment: model.MonthOf(2028, 6)}
	if ev := vis(got, "V1").Evaluation; ev != want {
		t.Errorf("merged %+v, want %+v", ev, want)
	}
	vis(a, "V1").Evaluation.Moment = model.MonthOf(2029, 1)
	_, cs = Merge(base, []*model.Plan{a, b}, -1)
	checkConflicts(t, cs, []summary{{Changed, model.EntityVision, "V1", "evaluation.moment", "", "2029-01 | 2028-06", "", -1}})
}

// A focus set in one copy on an investment that another copy moves out of
// deskundigheid: each copy is valid, the merge is not, and says so.
func TestAFocusLeftOnAnInvestmentMovedElsewhereIsReportedAsInvalid(t *testing.T) {
	base := example(t)
	a, b := base.Clone(), base.Clone()
	inv(a, "D2").Focus = model.FocusOrganisatorisch
	b.MoveInvestment(inv(b, "D2").ID, model.BlockInhoud) // D2 becomes I3, its category cleared
	for _, p := range []*model.Plan{a, b} {
		if ps := p.Validate(); ps != nil {
			t.Fatalf("a copy does not validate: %v", ps.Messages(model.EN))
		}
	}
	_, cs := Merge(base, []*model.Plan{a, b}, -1)
	if len(cs) != 1 || cs[0].Reason != Invalid || cs[0].Problem == nil {
		t.Fatalf("conflicts %+v", summarise(cs))
	}
	if p := cs[0].Problem; p.Reason != "deskundigheid_only" || p.Ref != "I3" || p.Field != string(model.FieldFocus) {
		t.Errorf("problem %+v", *p)
	}
}

// An assessment added in a copy comes into the merged plan with a list of
// applications of its own: editing the merged plan in place must not
// change the copy.
func TestTheApplicationsOfAnAddedAssessmentAreNotShared(t *testing.T) {
	base := example(t)
	a := base.Clone()
	a.Assessments = append(a.Assessments, model.Assessment{ID: model.NewID(), Participant: "anna", Role: model.RoleLeraar,
		Applications: []model.Application{model.ApplicationVideo, model.ApplicationLvs}})
	got, cs := Merge(base, []*model.Plan{a, base.Clone()}, -1)
	checkConflicts(t, cs, nil)
	merged := assessment(got, "anna")
	if !slices.Equal(merged.Applications, []model.Application{model.ApplicationVideo, model.ApplicationLvs}) {
		t.Fatalf("merged %v", merged.Applications)
	}
	merged.Applications[0] = model.ApplicationDigibord
	if assessment(a, "anna").Applications[0] != model.ApplicationVideo {
		t.Error("the merged plan shares the copy's list of applications")
	}
}
