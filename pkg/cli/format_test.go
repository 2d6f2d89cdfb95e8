package cli

import (
	"testing"

	"github.com/atsmatch/atsmatch/pkg/render"
)

func TestParseFormat(t *testing.T) {
	tests := []struct {
		name    string
		value   string
		allowed []render.Format
		want    render.Format
		wantErr string
	}{
		{"allowed", "JSON", []render.Format{render.Text, render.JSON}, render.JSON, ""},
		{"known but not allowed", "html", []render.Format{render.Text, render.JSON, render.Markdown}, "",
			"--format html: keywords prints only text, json or markdown"},
		{"one allowed", "json", []render.Format{render.Text}, "", "--format json: keywords prints only text"},
		{"unknown", "yaml", []render.Format{render.Text}, "", `--format: unknown format "yaml" (want text, json, markdown)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseFormat("keywords", tt.value, tt.allowed...)
			if tt.wantErr == "" {
				if err != nil || got != tt.want {
					t.Fatalf("parseFormat(%q) = %q, %v; want %q", tt.value, got, err, tt.want)
				}
				return
			}
			if err == nil || err.Error() != tt.wantErr || exitCode(err) != ExitUsage {
				t.Fatalf("parseFormat(%q) error = %v (exit %d); want %q (exit %d)", tt.value, err, exitCode(err), tt.wantErr, ExitUsage)
			}
		})
	}
}
