// Package workshop is the arithmetic of a workshop in which a consultant
// and a school team fill in the plan together: the guided self-assessment
// (statements per bouwsteen, rolled up to the bouwsteen scores of the
// plan), the dot-voting round on priorities (the ranking), and the views a
// presentation or the workshop report shows (who took part, where leaders
// and teachers disagree, which statements divide the team).
//
// Like planning, the package is pure: functions of a plan and a question
// set, no files, no clock, no GUI. The GUI and export call it; the
// question sets themselves ship in assets (assets.QuestionSet) and come in
// here as bytes (ParseQuestionSet).
//
// # Question sets
//
// A question set is versioned data (format balansplan-questions/1): a
// version name ("vib-1"), a scale, and per bouwsteen four to six
// statements, each with an id ("visie.2"), its text and a short
// explanation in Dutch and English. An assessment records the version it
// used (model.Assessment.QuestionSet) and its answers by statement id. A
// released set never changes; new wording is a new version. A plan whose
// assessments used several versions is reported with the one most of them
// used (MostUsedQuestionSet). A set that ParseQuestionSet refuses gets a
// *QuestionSetError: a reason and a sentence in Dutch and English that
// names the statement, scale point or place in the file, so that whoever
// writes a new version can mend it.
//
// # Rollup: from statements to bouwsteen scores
//
// Plan scores are whole numbers 1..5, so the answers of one participant
// roll up per bouwsteen, separately for now and goal, as the mean of the
// known answers (1..5; "weet niet" is skipped) rounded half up to a whole
// number: 2.5 becomes 3, 3.4 becomes 3, 3.5 becomes 4. The mean is taken
// from the integer sum and count, so the rule is exact and independent of
// the order of the answers. A bouwsteen without any known answer gets
// model.NoRating ("weet niet"). Answers to statements that are not in the
// set are ignored.
//
// # Tally: the ranking of a dot-voting round
//
// The candidates of a round (Candidates, IsCandidate) are the investments
// that are neither cancelled (geschrapt) nor finished (afgerond): planned,
// running and postponed ones, in code order. Every participant spreads at
// most plan.VoteBudget points over them (model.Validate checks the
// budget). The ranking does not apply that rule again: points given stand,
// also for an investment cancelled or finished after the vote (a
// cancelled one is marked Cancelled). The ranking
// lists every investment that received points: most points first; equal
// points are ordered by the number of participants who gave it points
// (broader support first). Investments equal on both share a rank (1, 2,
// 2, 4) and are marked Tied; among them the list follows code order, which
// decides nothing. Points for investments that no longer exist are left
// out.
//
// # Disagreement
//
// Blocks reuses planning's levels and its assessment_divergence rule
// (planning.BlockLevel.LeadersAndTeachers and Divergence): it does not
// judge disagreement itself, it only lays planning's numbers out per
// block for a presentation.
// StatementResults adds what planning cannot know: the spread of the
// answers per statement.
package workshop
