package assets

import "embed"

// Translations holds the texts of the user interface, one flat JSON file
// per language (nl.json, en.json), in the format that fyne's lang package
// reads with lang.AddTranslationsFS. Dutch is the default; English must
// have every key Dutch has (ui's tests check this).
//
//go:embed translations/*.json
var Translations embed.FS

// Icon is the application icon, 512x512 PNG, drawn by
// ui/internal/icongen.
//
//go:embed icon.png
var Icon []byte
