// Package sample makes plans for tests and benchmarks. Large builds the
// "large generated plan" that the performance targets speak of: 40 vision
// statements, 600 investments over 8 years and 100 self-assessments, with
// its board chapters filled in (24 inventory lines, 4 tasks, 12 risks, and
// every block and text under "plan"; Generate makes no board data). It is
// deterministic: the same call gives the same plan, IDs included, so that
// benchmarks and golden files are stable. LargeScaled(n) is the large plan
// n times over (visions, investments, self-assessments and the board
// chapters' lists; the same eight years), for the benchmarks that show
// each stage of the export grows linearly: sample.Scales lists the sizes
// they run at.
package sample
