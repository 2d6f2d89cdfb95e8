package ats

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

const module = "github.com/atsmatch/atsmatch/"

// allowed is the import table of docs/architecture.md: for each package
// (relative to the module), the non-stdlib import prefixes it may use. A
// package's internal subpackages inherit its row and may import it, and a
// package may always import its own internal subpackages.
var allowed = map[string][]string{
	"pkg/report":   {},
	"pkg/diag":     {},
	"pkg/extract":  {"golang.org/x/text", "golang.org/x/net/html"},
	"pkg/textnorm": {"golang.org/x/text"},
	"pkg/tokenize": {},
	"pkg/keywords": {module + "pkg/diag", "go.yaml.in/yaml/v3", "gopkg.in/yaml.v3"},
	"pkg/morph":    {},
	"pkg/match":    {module + "pkg/tokenize", module + "pkg/keywords", module + "pkg/morph"},
	"pkg/sections": {},
	"pkg/groups":   {module + "pkg/match", module + "pkg/keywords"},
	"pkg/shown":    {module + "pkg/morph", module + "pkg/sections", module + "pkg/tokenize"},
	"pkg/score":    {module + "pkg/match", module + "pkg/keywords", module + "pkg/sections", module + "pkg/tokenize", module + "pkg/groups", module + "pkg/shown"},
	"pkg/suggest":  {module + "pkg/score", module + "pkg/match", module + "pkg/keywords", module + "pkg/sections", module + "pkg/requirements"},
	"pkg/check":    {module + "pkg/sections", module + "pkg/dates"},
	"pkg/ats": {
		module + "pkg/extract", module + "pkg/textnorm", module + "pkg/tokenize", module + "pkg/keywords",
		module + "pkg/match", module + "pkg/sections", module + "pkg/score", module + "pkg/suggest", module + "pkg/report",
		module + "pkg/check", module + "pkg/market", module + "pkg/requirements",
	},
	"pkg/market": {module + "pkg/report"},
	"pkg/render": {module + "pkg/report", "github.com/fatih/color", "github.com/jedib0t/go-pretty/v6"},
	"pkg/delta":  {module + "pkg/report"},
	"pkg/cli": {
		module + "pkg/ats", module + "pkg/render", module + "pkg/report", module + "pkg/extract", module + "pkg/diag",
		module + "pkg/keywords", module + "pkg/delta", module + "pkg/market",
		"github.com/spf13/cobra", "github.com/spf13/viper", "github.com/go-viper/mapstructure/v2", "github.com/fatih/color", "github.com/mattn/go-isatty",
		"golang.org/x/term", "github.com/fsnotify/fsnotify",
	},
	"cmd/atsmatch": {module + "pkg/cli"},

	// Requirements beyond keywords (issue 14).
	"pkg/dates":        {},
	"pkg/requirements": {module + "pkg/dates", module + "pkg/match", module + "pkg/keywords", module + "pkg/sections"},
	// Developer tools (package main, `make eval`): the library, never the CLI.
	"pkg/internal": {
		module + "pkg/ats", module + "pkg/extract", module + "pkg/textnorm", module + "pkg/tokenize",
		module + "pkg/keywords", module + "pkg/match", module + "pkg/sections", module + "pkg/score",
		module + "pkg/suggest", module + "pkg/report", module + "pkg/requirements", module + "pkg/check",
	},
}

// extra rows for internal packages that need more than their parent.
var allowedExtra = map[string][]string{
	"pkg/extract/internal/pdftext": {"github.com/ledongthuc/pdf"},
	// The generator's near-duplicate lint reads the word-formation tables.
	"pkg/keywords/internal/build": {module + "pkg/morph"},
	// The recruiter pairs' patterns are Python regexes with lookaheads.
	"pkg/internal/eval": {"github.com/dlclark/regexp2/v2"},
}

// forbiddenOS are the os identifiers a package below pkg/cli must not use:
// process exit, arguments, environment, standard streams.
var forbiddenOS = map[string]bool{
	"Exit": true, "Args": true, "Getenv": true, "LookupEnv": true, "Environ": true, "Setenv": true,
	"Stdout": true, "Stderr": true, "Stdin": true,
}

func repoRoot(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		t.Fatalf("repo root not found from the package dir: %v", err)
	}
	return root
}

// rowFor finds the table row for dir: its own, else its nearest parent's.
func rowFor(dir string) (key string, allow []string, ok bool) {
	for d := dir; d != "." && d != "/"; d = filepath.Dir(d) {
		if row, found := allowed[d]; found {
			allow := append(append([]string{}, row...), allowedExtra[dir]...)
			if d != dir {
				allow = append(allow, module+d) // an internal tool may use its parent
			}
			return d, allow, true
		}
	}
	return "", nil, false
}

func TestImportRules(t *testing.T) {
	root := repoRoot(t)
	checked := 0
	for _, top := range []string{"pkg", "cmd"} {
		err := filepath.WalkDir(filepath.Join(root, top), func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() {
				return nil
			}
			if d.Name() == "testdata" {
				return filepath.SkipDir
			}
			rel, _ := filepath.Rel(root, path)
			rel = filepath.ToSlash(rel)
			files := goFiles(t, path)
			if len(files) == 0 {
				return nil
			}
			key, allow, ok := rowFor(rel)
			if !ok {
				t.Errorf("%s: no row in the import table; add it here and to docs/architecture.md", rel)
				return nil
			}
			checked++
			checkDir(t, rel, key, allow, files)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if checked < 5 {
		t.Fatalf("checked only %d packages; the walk is broken", checked)
	}
}

// goFiles parses the non-test Go files of dir.
func goFiles(t *testing.T, dir string) []*ast.File {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	var out []*ast.File
	for _, e := range ents {
		n := e.Name()
		if e.IsDir() || !strings.HasSuffix(n, ".go") || strings.HasSuffix(n, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(dir, n), nil, parser.ImportsOnly|parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		if full, err := parser.ParseFile(fset, filepath.Join(dir, n), nil, 0); err == nil {
			f = full
		}
		out = append(out, f)
	}
	return out
}

func checkDir(t *testing.T, rel, key string, allow []string, files []*ast.File) {
	t.Helper()
	below := !strings.HasPrefix(rel, "pkg/cli") && !strings.HasPrefix(rel, "cmd/")
	var bad []string
	for _, f := range files {
		for _, imp := range f.Imports {
			p, _ := strconv.Unquote(imp.Path.Value)
			if !importAllowed(p, key, allow) {
				bad = append(bad, p)
			}
		}
		// Generators (package main under internal/) are tools, not library code.
		if !below || f.Name.Name == "main" {
			continue
		}
		ast.Inspect(f, func(n ast.Node) bool {
			sel, ok := n.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			if id, ok := sel.X.(*ast.Ident); ok && id.Name == "os" && forbiddenOS[sel.Sel.Name] {
				bad = append(bad, "os."+sel.Sel.Name)
			}
			return true
		})
	}
	sort.Strings(bad)
	if len(bad) > 0 {
		t.Errorf("%s uses what docs/architecture.md forbids it: %s", rel, strings.Join(bad, ", "))
	}
}

func importAllowed(p, key string, allow []string) bool {
	first, _, _ := strings.Cut(p, "/")
	if !strings.Contains(first, ".") {
		return true // standard library
	}
	if strings.HasPrefix(p, module+key+"/internal/") || strings.HasPrefix(p, module+key+"/") && strings.Contains(p, "/internal/") {
		return true
	}
	for _, a := range allow {
		if p == a || strings.HasPrefix(p, a+"/") {
			return true
		}
	}
	return false
}

func TestImportAllowed(t *testing.T) {
	tests := []struct {
		p, key string
		want   bool
	}{
		{"strings", "pkg/ats", true},
		{module + "pkg/score", "pkg/ats", true},
		{"github.com/spf13/cobra", "pkg/ats", false},
		{"github.com/spf13/viper", "pkg/render", false},
		{module + "pkg/render", "pkg/ats", false},
		{module + "pkg/extract/internal/pdftext", "pkg/extract", true},
		{"golang.org/x/text/unicode/norm", "pkg/textnorm", true},
		{"github.com/ledongthuc/pdf", "pkg/extract", false},
	}
	for _, tt := range tests {
		_, allow, _ := rowFor(tt.key)
		if got := importAllowed(tt.p, tt.key, allow); got != tt.want {
			t.Errorf("importAllowed(%q, %q) = %v, want %v", tt.p, tt.key, got, tt.want)
		}
	}
}
