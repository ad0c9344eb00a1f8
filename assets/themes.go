package assets

import (
	"embed"
	"path"
	"strings"
)

// themeFiles holds the themes of issue 19 (digital literacy, AI,
// information security and privacy, smartphones), one file per theme:
// themes/<id>.json (format balansplan-theme/1, parsed by model/theme), and
// Balansplan's own example norm set for the maturity register:
// themes/norms/<id>.json (format balansplan-normset/1). All texts are
// Balansplan's own words.
//
//go:embed themes/*.json themes/norms/*.json
var themeFiles embed.FS

// Theme returns the JSON of the theme with the given id, and false when
// this build does not ship it.
func Theme(id string) ([]byte, bool) { return readNamed("themes", id) }

// ThemeIDs lists the themes this build ships, in file order.
func ThemeIDs() []string { return listNamed("themes") }

// NormSet returns the JSON of the shipped norm set with the given id, and
// false when this build does not ship it.
func NormSet(id string) ([]byte, bool) { return readNamed("themes/norms", id) }

// NormSetIDs lists the norm sets this build ships, in file order.
func NormSetIDs() []string { return listNamed("themes/norms") }

func readNamed(dir, id string) ([]byte, bool) {
	if id == "" || path.Base(id) != id {
		return nil, false
	}
	data, err := themeFiles.ReadFile(dir + "/" + id + ".json")
	if err != nil {
		return nil, false
	}
	return data, true
}

func listNamed(dir string) []string {
	entries, _ := themeFiles.ReadDir(dir)
	var out []string
	for _, e := range entries {
		if name, ok := strings.CutSuffix(e.Name(), ".json"); ok && !e.IsDir() {
			out = append(out, name)
		}
	}
	return out
}
