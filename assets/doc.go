// Package assets holds everything Balansplan ships inside its binary: the
// demo plan, the national reference figures of the Vier in balans-monitor
// 2013, the fonts for the PDF with their licence, the application icon, the
// translations of the user interface and the versioned statements of the
// guided self-assessment (questions/, see questions.go).
//
// It imports nothing of the rest of the program, so every other package may
// use it. Each asset is a plain byte slice or file system; parsing is done
// by the package that understands the content (planning parses the
// reference figures, model parses the demo plan).
package assets
