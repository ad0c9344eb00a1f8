package pgstore

// SetMigrations replaces the list of migrations until the returned
// function restores it (tests of a failing migration).
func SetMigrations(ms []Migration) (restore func()) {
	old := migrationList
	migrationList = func() []Migration { return ms }
	return func() { migrationList = old }
}
