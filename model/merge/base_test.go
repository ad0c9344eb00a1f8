package merge

import (
	"testing"

	"balansplan/model"
)

func TestCommonBaseIsTheOneBaseEveryCopyCarries(t *testing.T) {
	snap, other := &model.Plan{Title: "snapshot"}, &model.Plan{Title: "later snapshot"}
	a := Base{Hash: "aaaa", Plan: snap}
	for _, c := range []struct {
		name  string
		bases []Base
		want  *model.Plan
	}{
		{"three copies of one snapshot", []Base{a, a, {Hash: "aaaa", Plan: snap.Clone()}}, snap},
		{"one copy", []Base{a}, snap},
		{"no copies", nil, nil},
		{"one copy made by save as (no base)", []Base{a, {}, a}, nil},
		{"the first copy has no base", []Base{{}, a}, nil},
		{"copies of two states of the plan", []Base{a, {Hash: "bbbb", Plan: other}}, nil},
		{"a base that could not be read", []Base{a, {Hash: "aaaa"}}, nil},
		{"a plan without a hash", []Base{a, {Plan: snap}}, nil},
	} {
		if got := CommonBase(c.bases); got != c.want {
			t.Errorf("%s: %p, want %p", c.name, got, c.want)
		}
	}
}
