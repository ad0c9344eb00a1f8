// Package sample makes plans for tests and benchmarks. Large builds the
// "large generated plan" that the performance targets speak of: 40 vision
// statements, 600 investments over 8 years and 100 self-assessments. It is
// deterministic: the same call gives the same plan, IDs included, so that
// benchmarks and golden files are stable.
package sample
