// Command stack does nothing, but links what every balansplan subcommand
// that reads a plan file must link: GORM and its SQLite driver (with
// mattn/go-sqlite3 and the C runtime). floor measures it as the fixed
// stack's own floor, below which no such subcommand can start.
package main

import (
	_ "gorm.io/driver/sqlite"
	_ "gorm.io/gorm"
)

func main() {}
