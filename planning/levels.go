package planning

import (
	"math"

	"balansplan/model"
)

// Level is a number that may be unknown: a mean of scores where nobody gave
// a score, or a share of an amount that is zero. The zero Level is unknown.
type Level struct {
	Value float64
	Known bool
}

func known(v float64) Level { return Level{Value: v, Known: true} }

// Mean is a running mean of ratings, kept as an integer sum and count so
// that it is exact and does not depend on the order of the assessments.
type Mean struct {
	Sum, Count int
}

func (m *Mean) add(r model.Rating) {
	if r >= 1 && r <= 5 {
		m.Sum += int(r)
		m.Count++
	}
}

// Level is the mean as a Level; unknown when nobody gave a score.
func (m Mean) Level() Level {
	if m.Count == 0 {
		return Level{}
	}
	return known(float64(m.Sum) / float64(m.Count))
}

// BlockLevel is the team's view of one bouwsteen.
type BlockLevel struct {
	Block model.Block
	// Now and Goal are the means over every participant who gave a score;
	// "weet niet" (model.NoRating) is skipped.
	Now, Goal Mean
	// Spread is the highest minus the lowest score for now; unknown when
	// nobody scored now.
	Spread Level
	// ByRole holds the same means per role, in model.Roles order, for the
	// roles that took part.
	ByRole []RoleLevel
}

// RoleLevel is the view of the participants of one role on one bouwsteen.
type RoleLevel struct {
	Role      model.Role
	Now, Goal Mean
}

// Levels are the bouwsteen levels from the self-assessment (§4.1).
type Levels struct {
	// Blocks holds all five bouwstenen in model order (visie, deskundigheid,
	// inhoud, infrastructuur, leiderschap), also those nobody scored.
	Blocks []BlockLevel
	// Participants is the number of assessments.
	Participants int
	// HumanNow is the mean of the visie and deskundigheid levels now;
	// MaterialNow of inhoud and infrastructuur; likewise for the goal. When
	// one of the two is unknown, the other stands alone.
	HumanNow, MaterialNow, HumanGoal, MaterialGoal Level
	// TiltNow is MaterialNow - HumanNow: positive means technology runs
	// ahead of people.
	TiltNow Level
}

// Block returns the level of bouwsteen b.
func (l *Levels) Block(b model.Block) BlockLevel {
	if i := blockIndex(b); i >= 0 && i < len(l.Blocks) {
		return l.Blocks[i]
	}
	return BlockLevel{Block: b}
}

func levelsOf(p *model.Plan) Levels {
	roles := roleList
	type acc struct {
		now, goal        Mean
		lo, hi           model.Rating
		roleNow, roleGol []Mean
	}
	accs := make([]acc, numBlocks)
	for i := range accs {
		accs[i].roleNow = make([]Mean, len(roles))
		accs[i].roleGol = make([]Mean, len(roles))
	}
	roleSeen := make([]bool, len(roles))
	for _, as := range p.Assessments {
		ri := roleIndex(as.Role)
		if ri >= 0 {
			roleSeen[ri] = true
		}
		for b, sc := range as.Scores {
			bi := blockIndex(b)
			if bi < 0 {
				continue
			}
			a := &accs[bi]
			a.now.add(sc.Now)
			a.goal.add(sc.Goal)
			if sc.Now >= 1 && sc.Now <= 5 {
				if a.lo == 0 || sc.Now < a.lo {
					a.lo = sc.Now
				}
				if sc.Now > a.hi {
					a.hi = sc.Now
				}
			}
			if ri >= 0 {
				a.roleNow[ri].add(sc.Now)
				a.roleGol[ri].add(sc.Goal)
			}
		}
	}
	l := Levels{Blocks: make([]BlockLevel, numBlocks), Participants: len(p.Assessments)}
	for i, b := range blocks {
		a := accs[i]
		bl := BlockLevel{Block: b, Now: a.now, Goal: a.goal}
		if a.now.Count > 0 {
			bl.Spread = known(float64(a.hi - a.lo))
		}
		for ri, r := range roles {
			if roleSeen[ri] {
				bl.ByRole = append(bl.ByRole, RoleLevel{Role: r, Now: a.roleNow[ri], Goal: a.roleGol[ri]})
			}
		}
		l.Blocks[i] = bl
	}
	lv := func(b model.Block, goal bool) Level {
		if goal {
			return l.Blocks[blockIndex(b)].Goal.Level()
		}
		return l.Blocks[blockIndex(b)].Now.Level()
	}
	l.HumanNow = pair(lv(model.BlockVisie, false), lv(model.BlockDeskundigheid, false))
	l.MaterialNow = pair(lv(model.BlockInhoud, false), lv(model.BlockInfrastructuur, false))
	l.HumanGoal = pair(lv(model.BlockVisie, true), lv(model.BlockDeskundigheid, true))
	l.MaterialGoal = pair(lv(model.BlockInhoud, true), lv(model.BlockInfrastructuur, true))
	if l.HumanNow.Known && l.MaterialNow.Known {
		l.TiltNow = known(l.MaterialNow.Value - l.HumanNow.Value)
	}
	return l
}

// pair is the mean of two levels, or the one that is known.
func pair(a, b Level) Level {
	switch {
	case a.Known && b.Known:
		return known((a.Value + b.Value) / 2)
	case a.Known:
		return a
	default:
		return b
	}
}

// roleList is model.Roles() once.
var roleList = model.Roles()

func roleIndex(r model.Role) int {
	for i, x := range roleList {
		if x == r {
			return i
		}
	}
	return -1
}

// LeadersAndTeachers is, for this bouwsteen, the pooled mean "now" of the
// leading roles (schoolleider and bestuurder together) and that of the
// teachers (leraar); ok is false when either group gave no score.
func (bl BlockLevel) LeadersAndTeachers() (leaders, teachers Mean, ok bool) {
	for _, rl := range bl.ByRole {
		switch {
		case rl.Role.Leader():
			leaders.Sum += rl.Now.Sum
			leaders.Count += rl.Now.Count
		case rl.Role == model.RoleLeraar:
			teachers = rl.Now
		}
	}
	return leaders, teachers, leaders.Count > 0 && teachers.Count > 0
}

// Divergence is the leaders' mean now minus the teachers' (unknown when
// either group gave no score), and whether it is at least
// DivergenceThreshold either way: the rule of the assessment_divergence
// finding, which the disagreement chart shows.
func (bl BlockLevel) Divergence() (gap Level, diverges bool) {
	leaders, teachers, ok := bl.LeadersAndTeachers()
	if !ok {
		return Level{}, false
	}
	d := leaders.Level().Value - teachers.Level().Value
	return known(d), atLeast(math.Abs(d), DivergenceThreshold)
}
