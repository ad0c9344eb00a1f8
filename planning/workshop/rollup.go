package workshop

import (
	"balansplan/model"
)

// Rollup turns one participant's answers into the bouwsteen scores of the
// plan: per bouwsteen, for now and goal separately, the mean of the known
// answers rounded half up to a whole number (see the package doc). The
// result holds all five bouwstenen; one without a known answer has
// model.NoRating. Answers to statements outside set, and ratings outside
// 1..5, are ignored.
func Rollup(answers []model.Answer, set *QuestionSet) map[model.Block]model.Score {
	type sums struct{ now, goal roundedMean }
	acc := map[model.Block]*sums{}
	for _, b := range model.Blocks() {
		acc[b] = &sums{}
	}
	for _, a := range answers {
		st, ok := set.Statement(a.Statement)
		if !ok {
			continue
		}
		s := acc[st.Block]
		s.now.add(a.Now)
		s.goal.add(a.Goal)
	}
	out := make(map[model.Block]model.Score, len(acc))
	for b, s := range acc {
		out[b] = model.Score{Now: s.now.rating(), Goal: s.goal.rating()}
	}
	return out
}

// roundedMean is a mean of ratings kept as an integer sum and count.
type roundedMean struct{ sum, count int }

func (m *roundedMean) add(r model.Rating) {
	if r >= 1 && r <= 5 {
		m.sum += int(r)
		m.count++
	}
}

// rating is the mean rounded half up: floor(sum/count + 1/2), computed as
// floor((2*sum + count) / (2*count)) so that no float is involved.
func (m roundedMean) rating() model.Rating {
	if m.count == 0 {
		return model.NoRating
	}
	return model.Rating((2*m.sum + m.count) / (2 * m.count))
}
