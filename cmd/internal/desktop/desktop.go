package desktop

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"balansplan/model"
)

// Program is the file name of the desktop application, next to balansplan.
const Program = "balansplan-gui"

// Options are what the application is started with.
type Options struct {
	// Path is the plan file to open; empty opens the plan used last.
	Path string
	// Lang is the interface language asked for with --lang; empty means
	// the one the user chose last time in the app itself.
	Lang model.Lang
}

// UsageError is an argument the application does not take, said in both
// languages.
type UsageError struct{ NL, EN string }

func (e *UsageError) Error() string { return e.EN }

// Message is the explanation in language l.
func (e *UsageError) Message(l model.Lang) string {
	if l == model.EN {
		return e.EN
	}
	return e.NL
}

// Parse reads the application's arguments: at most one plan file and
// --lang nl|en, in any order.
func Parse(args []string) (Options, error) {
	var o Options
	lang, langSet := "", false
	var files []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		name, value, hasValue := strings.Cut(a, "=")
		switch {
		case a == "--":
			// Everything after it is a file name, even one that starts
			// with a dash.
			files = append(files, args[i+1:]...)
			i = len(args)
		case !strings.HasPrefix(a, "-") || a == "-":
			files = append(files, a)
		case name == "-lang" || name == "--lang":
			if !hasValue {
				if i+1 == len(args) {
					return o, &UsageError{NL: "--lang heeft een waarde nodig: nl of en", EN: "--lang needs a value: nl or en"}
				}
				i++
				value = args[i]
			}
			lang, langSet = value, true
		default:
			return o, &UsageError{
				NL: fmt.Sprintf("onbekende optie %s (het programma kent alleen --lang nl|en)", a),
				EN: fmt.Sprintf("unknown option %s (the app only takes --lang nl|en)", a),
			}
		}
	}
	if len(files) > 1 {
		return o, &UsageError{
			NL: fmt.Sprintf("één planbestand tegelijk, niet %d (%s)", len(files), strings.Join(files, ", ")),
			EN: fmt.Sprintf("one plan file at a time, not %d (%s)", len(files), strings.Join(files, ", ")),
		}
	}
	if len(files) == 1 {
		o.Path = files[0]
	}
	if langSet {
		if lang != "nl" && lang != "en" {
			return o, &UsageError{NL: fmt.Sprintf("--lang %q: kies nl of en", lang), EN: fmt.Sprintf("--lang %q: use nl or en", lang)}
		}
		o.Lang = model.Lang(lang)
	}
	return o, nil
}

// EnvLang is the language the environment asks for: BALANSPLAN_LANG,
// LC_ALL, LC_MESSAGES or LANG, the first that names nl or en; else Dutch.
func EnvLang() model.Lang {
	for _, k := range []string{"BALANSPLAN_LANG", "LC_ALL", "LC_MESSAGES", "LANG"} {
		if l, ok := model.ParseLang(os.Getenv(k)); ok {
			return l
		}
	}
	return model.NL
}

// MissingError is a balansplan without its balansplan-gui beside it.
type MissingError struct {
	Path string // where it was looked for
	Err  error  // why it could not be used
}

func (e *MissingError) Error() string { return e.Message(model.EN) }

func (e *MissingError) Unwrap() error { return e.Err }

// Message is the explanation in language l.
func (e *MissingError) Message(l model.Lang) string {
	if l == model.EN {
		return fmt.Sprintf("the desktop application cannot be started: %s is missing or cannot be run (%v). "+
			"Install Balansplan again (make build builds both programs); the subcommands (balansplan help) work without it.", e.Path, e.Err)
	}
	return fmt.Sprintf("het programma kan het venster niet openen: %s ontbreekt of kan niet gestart worden (%v). "+
		"Installeer Balansplan opnieuw (make build bouwt beide programma's); de subcommando's (balansplan help) werken zonder.", e.Path, e.Err)
}

// Locate finds balansplan-gui in the folder of the running program,
// following a symbolic link to it (a link in ~/bin to the build folder).
func Locate() (string, error) {
	self, err := os.Executable()
	if err != nil {
		return "", &MissingError{Path: Program, Err: err}
	}
	if real, err := filepath.EvalSymlinks(self); err == nil {
		self = real
	}
	return locateBeside(self)
}

func locateBeside(self string) (string, error) {
	name := Program
	if runtime.GOOS == "windows" {
		name += ".exe"
	}
	path := filepath.Join(filepath.Dir(self), name)
	st, err := os.Stat(path)
	switch {
	case err != nil:
		if errors.Is(err, os.ErrNotExist) {
			err = errors.New("not found")
		}
		return "", &MissingError{Path: path, Err: err}
	case st.IsDir():
		return "", &MissingError{Path: path, Err: errors.New("a folder, not a program")}
	case runtime.GOOS != "windows" && st.Mode().Perm()&0o111 == 0:
		return "", &MissingError{Path: path, Err: errors.New("not executable")}
	}
	return path, nil
}
