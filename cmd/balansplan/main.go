package main

import (
	_ "fyne.io/fyne/v2/app"
	_ "fyne.io/fyne/v2/test"
	_ "fyne.io/fyne/v2/widget"
	_ "github.com/google/uuid"
	_ "github.com/jung-kurt/gofpdf"
	_ "gorm.io/driver/sqlite"
	_ "gorm.io/gorm"
)

func main() {}
