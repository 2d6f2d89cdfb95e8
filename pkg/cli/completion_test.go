package cli

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// TestCompletionOverlays: dict show's term ids and dict list's --category
// values come from the dictionary the command would use, with the --dict
// and config file overlays.
func TestCompletionOverlays(t *testing.T) {
	const overlay = "disable: [swift]\ncategory: marsupial-finance\nterms:\n  - name: Quokka Ledger\n  - name: Quokka Queue\n"
	tests := []struct {
		name   string
		config string // config.yaml; DIR is the temp dir
		args   []string
		want   []string
	}{
		{"no overlay", "", []string{"dict", "show", "quokka"}, nil},
		{"--dict adds terms", "", []string{"dict", "show", "--dict", "DIR/mine.yaml", "quokka"}, []string{"quokka-ledger", "quokka-queue"}},
		{"--dict disables terms", "", []string{"dict", "show", "--dict", "DIR/mine.yaml", "swif"}, []string{"swiftui"}},
		{"no overlay keeps swift", "", []string{"dict", "show", "swif"}, []string{"swift", "swiftui"}},
		{"config dict: adds terms", "dict: [DIR/mine.yaml]\n", []string{"dict", "show", "quokka-l"}, []string{"quokka-ledger"}},
		{"--config file's dict:", "", []string{"dict", "show", "--config", "DIR/other.yaml", "quokka-q"}, []string{"quokka-queue"}},
		{"category from --dict", "", []string{"dict", "list", "--dict", "DIR/mine.yaml", "--category", "marsu"}, []string{"marsupial-finance"}},
		{"category without overlay", "", []string{"dict", "list", "--category", "marsu"}, nil},
		{"bad overlay falls back to the embedded dictionary", "", []string{"dict", "show", "--dict", "DIR/bad.yaml", "kubernete"}, []string{"kubernetes"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := isolate(t)
			for name, data := range map[string]string{
				"mine.yaml":  overlay,
				"other.yaml": "dict: [" + filepath.Join(dir, "mine.yaml") + "]\n",
				"bad.yaml":   "terms:\n  - extends: no-such-term\n",
			} {
				if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			writeUserConfig(t, dir, strings.ReplaceAll(tt.config, "DIR", dir))
			args := []string{"__complete"}
			for _, a := range tt.args {
				args = append(args, strings.ReplaceAll(a, "DIR", dir))
			}
			s, out, errOut := TestStreams("")
			if code := Main(args, s); code != ExitOK {
				t.Fatalf("Main(%q) = %d: %s", args, code, errOut.String())
			}
			// cobra prints one completion a line, then ":directive".
			lines := strings.Split(strings.TrimSpace(out.String()), "\n")
			got := slices.DeleteFunc(lines, func(l string) bool { return l == "" || strings.HasPrefix(l, ":") })
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("completion of %q mismatch (-want +got):\n%s", tt.args, diff)
			}
		})
	}
}
