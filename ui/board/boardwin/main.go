// Command boardwin opens the board window (ui/board) on a folder of plan
// files without the rest of the app: for the screenshots of
// ui/shotsboard.sh and for a look while working on the window.
//
//	go run ./ui/board/boardwin DIR [nl|en]
//	go run ./ui/board/boardwin --five DIR [nl|en]
//
// --five first writes into DIR (which must not exist) the five hand-made
// schools of the board's tests (planning/board/boardtest) with their
// board.json, a copy of one cut in half and a text file named .balans, so
// that the screenshots show a board whose figures the docs can explain.
//
// In the app the window is opened from File > "Bestuursmap openen…".
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2/app"

	"balansplan/model"
	"balansplan/model/store"
	"balansplan/planning/board/boardtest"
	"balansplan/ui/board"
	"balansplan/ui/internal/texts"
	"balansplan/ui/widgets"
)

func main() {
	args := os.Args[1:]
	if len(args) > 0 && args[0] == "--five" {
		args = args[1:]
		if len(args) > 0 {
			if err := writeFive(args[0]); err != nil {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(1)
			}
		}
	}
	os.Args = append(os.Args[:1], args...)
	if len(os.Args) < 2 || len(os.Args) > 3 {
		fmt.Fprintln(os.Stderr, "gebruik / usage: boardwin DIR [nl|en]")
		os.Exit(2)
	}
	l := model.NL
	if len(os.Args) == 3 && os.Args[2] == "en" {
		l = model.EN
	}
	tr, err := texts.Load(l)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	a := app.NewWithID("nl.balansplan.boardwin")
	a.Settings().SetTheme(widgets.NewAppTheme(nil, widgets.LookLight, 1))
	w := board.Open(a, tr, os.Args[1], time.Now())
	w.Window().SetOnClosed(a.Quit)
	a.Run()
}

// writeFive writes the five hand-made schools, their board.json and two
// files that are no good into the new folder dir.
func writeFive(dir string) error {
	if err := os.Mkdir(dir, 0o755); err != nil {
		return err
	}
	for i, p := range boardtest.Five() {
		doc, err := store.Create(filepath.Join(dir, boardtest.Files[i]), p)
		if err != nil {
			return err
		}
		if err := doc.Close(); err != nil {
			return err
		}
	}
	data, err := os.ReadFile(filepath.Join(dir, boardtest.Files[0]))
	if err != nil {
		return err
	}
	for name, body := range map[string][]byte{
		"board.json":            []byte(boardtest.Ceiling),
		"de-akker-kopie.balans": data[:len(data)/2],
		"notities.balans":       []byte("notities van het bestuur\n"),
	} {
		if err := os.WriteFile(filepath.Join(dir, name), body, 0o644); err != nil {
			return err
		}
	}
	return nil
}
