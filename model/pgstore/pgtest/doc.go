// Package pgtest gives tests a real PostgreSQL server: the one CI started
// (.ci/postgres.sh run, which sets BALANSPLAN_TEST_PG), or else one that
// Main starts for the test binary with .ci/postgres.sh start in a
// temporary folder and stops at the end (the script also stops it when
// the test binary ends without reaching that point, after a panic). When neither works a test
// skips with a message saying why, except under CI=true, where it fails:
// CI must run the PostgreSQL tests.
//
// Each test gets a database of its own (Database), set up by
// pgstore.Init, and login roles for the people it needs (Login). Roles
// belong to the whole server, so their names carry the database's name.
package pgtest
