// Package testplan holds the fixtures that tests in every layer share, once:
// the worked example of the plan contract ("OBS De Regenboog", the plan whose
// analysis the contract works out by hand) as its balansplan/1 JSON, and
// WalkLeaves, the walk over every field of a plan that the reflection
// tests of model and model/store share.
//
// Tests import it instead of reading files outside their package, so a clone
// of the repository with nothing beside it passes its own tests. Only test
// files import this package; it never reaches the application binary.
package testplan
