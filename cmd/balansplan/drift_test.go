package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"balansplan/model"
)

// definedFlags reads the command's own source and returns, per flag set
// (flags("name")), the flags defined on it: what the program really
// accepts. --lang, which every subcommand has, is left out; it is
// documented once for all.
func definedFlags(t *testing.T) map[string][]string {
	t.Helper()
	files, _ := filepath.Glob("*.go")
	fset := token.NewFileSet()
	out := map[string][]string{}
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			fn, ok := d.(*ast.FuncDecl)
			if !ok || fn.Body == nil {
				continue
			}
			cmd := ""
			var defined []string
			ast.Inspect(fn.Body, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok || len(call.Args) == 0 {
					return true
				}
				lit, ok := call.Args[0].(*ast.BasicLit)
				if !ok || lit.Kind != token.STRING {
					return true
				}
				s, _ := strconv.Unquote(lit.Value)
				switch fun := call.Fun.(type) {
				case *ast.Ident:
					if fun.Name == "flags" {
						cmd = s
					}
				case *ast.SelectorExpr:
					if x, ok := fun.X.(*ast.Ident); ok && x.Name == "fs" && s != "lang" {
						defined = append(defined, s)
					}
				}
				return true
			})
			if cmd != "" {
				out[cmd] = append(out[cmd], defined...)
			}
		}
	}
	if len(out) < 8 {
		t.Fatalf("found only the flag sets %v in the source; the test no longer understands it", out)
	}
	// `balansplan [PLAN.balans]`, the app: desktop.Parse takes a plan
	// file and --lang, and no other flag.
	out["balansplan"] = []string{}
	return out
}

var (
	commandLine = regexp.MustCompile(`balansplan +(\[PLAN\.balans\]|[a-z]+)`)
	flagName    = regexp.MustCompile(`--([a-z][a-z-]*)`)
)

// documentedFlags reads a text's synopsis lines ("balansplan export --in
// ...") into the flags each command is shown with.
func documentedFlags(text string) map[string][]string {
	out := map[string][]string{}
	for _, line := range strings.Split(text, "\n") {
		m := commandLine.FindStringSubmatch(line)
		if m == nil || !strings.Contains(line, "--") && !strings.Contains(line, "PLAN") && !isSubcommand(m[1]) {
			continue
		}
		cmd := m[1]
		if cmd == "[PLAN.balans]" {
			cmd = "balansplan"
		}
		if _, ok := out[cmd]; !ok {
			out[cmd] = []string{}
		}
		for _, f := range flagName.FindAllStringSubmatch(line[strings.Index(line, m[0]):], -1) {
			if f[1] != "lang" {
				out[cmd] = append(out[cmd], f[1])
			}
		}
	}
	return out
}

// The synopses in doc.go, in the usage text (both languages) and in the
// README name every subcommand and every flag the program defines, and no
// flag it does not.
func TestEverySynopsisListsEverySubcommandAndFlag(t *testing.T) {
	t.Parallel()
	defined := definedFlags(t)
	read := func(path string) string {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	readme := read("../../README.md")
	start := strings.Index(readme, "## The command line")
	if start < 0 {
		t.Fatal("README.md has no section 'The command line'")
	}
	end := strings.Index(readme[start+3:], "\n## ")
	if end < 0 {
		end = len(readme) - start - 3
	}
	for _, doc := range []struct{ name, text string }{
		{"doc.go", read("doc.go")},
		{"usage (en)", usage(model.EN)},
		{"usage (nl)", usage(model.NL)},
		{"README.md", readme[start : start+3+end]},
	} {
		shown := documentedFlags(doc.text)
		for cmd, flags := range defined {
			got, ok := shown[cmd]
			if !ok {
				t.Errorf("%s does not show the command %q", doc.name, cmd)
				continue
			}
			for _, f := range flags {
				if !slices.Contains(got, f) {
					t.Errorf("%s does not show %s --%s", doc.name, cmd, f)
				}
			}
			for _, f := range got {
				if !slices.Contains(flags, f) {
					t.Errorf("%s shows %s --%s, which the program does not have", doc.name, cmd, f)
				}
			}
		}
		for cmd := range shown {
			if _, ok := defined[cmd]; !ok && !isSubcommand(cmd) {
				t.Errorf("%s shows a command %q that the program does not have", doc.name, cmd)
			}
		}
	}
}
