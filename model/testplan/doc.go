// Package testplan holds the fixtures that tests in every layer share, once:
// the worked example of the plan contract ("OBS De Regenboog", the plan whose
// analysis the contract works out by hand) as its balansplan/1 JSON; the
// same plan with every board chapter filled in (Board, BoardJSON: issue
// 13's proposal, adoption, inventory, organisation, risks, privacy, review
// and narrative); WalkLeaves, the walk over every field of a plan that
// the reflection tests of model and model/store share; and
// JSONWithoutIDs, to compare plans whose IDs were generated apart.
//
// Tests import it instead of reading files outside their package, so a clone
// of the repository with nothing beside it passes its own tests. Only test
// files import this package; it never reaches the application binary.
package testplan
