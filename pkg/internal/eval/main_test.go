//go:build corpus

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRunShared runs the whole evaluation on the shared data when present
// and checks every section is printed.
func TestRunShared(t *testing.T) {
	shared := filepath.Join("..", "..", "..", "..", "shared")
	if _, err := os.Stat(filepath.Join(shared, "data", "skillspan")); err != nil {
		t.Skip("shared data not present")
	}
	if testing.Short() {
		t.Skip("reads the SkillSpan corpus")
	}
	var b strings.Builder
	if err := run(shared, listing{falseHits: "dev.json", missed: "train.json"}, &b); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{"== seed 000_", "hard gold (10):", "soft gold (6):", "== SkillSpan train.json", "== SkillSpan dev.json", "hard vs tags_knowledge", "most frequent missed skill spans:", "hard, tagged sentences only", "hard, job terms as scored", "soft, job terms as scored", "gold spans the product ignores: ", "every ignored gold span (", "false hard hits by sentence:", "every false hard hit (", "every missed knowledge span (", "== job families (kaggle-sample)", "families whose median resume names at least"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
}
