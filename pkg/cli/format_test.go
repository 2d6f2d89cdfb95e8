package cli

import (
	"testing"

	"github.com/atsmatch/atsmatch/pkg/render"
	"github.com/atsmatch/atsmatch/pkg/report"
)

func TestParseFormat(t *testing.T) {
	// The commands' own lists, as their --format is declared with.
	var (
		keywords = keywordsFormats
		textCmd  = textFormats
		dictList = render.FormatsOf[*report.DictList]()
		dictShow = render.FormatsOf[*report.DictShow]()
	)
	tests := []struct {
		name    string
		command string
		value   string
		allowed []render.Format
		want    render.Format
		wantErr string
	}{
		{"allowed", "keywords", "JSON", keywords, render.JSON, ""},
		{"known but not allowed", "keywords", "html", keywords, "",
			"--format html: keywords prints only text, json or markdown"},
		{"one allowed", "keywords", "json", []render.Format{render.Text}, "", "--format json: keywords prints only text"},
		{"unknown", "keywords", "yaml", keywords, "", `--format: unknown format "yaml" (keywords prints only text, json or markdown)`},
		{"text command", "text", "markdown", textCmd, "", "--format markdown: text prints only text or json"},
		{"dict list csv", "dict list", " CSV ", dictList, render.CSV, ""},
		{"dict list json", "dict list", "json", dictList, render.JSON, ""},
		{"dict list markdown", "dict list", "markdown", dictList, "", "--format markdown: dict list prints only text, json or csv"},
		{"dict show csv", "dict show", "csv", dictShow, "", "--format csv: dict show prints only text or json"},
		{"dict stats unknown", "dict stats", "xml", dictShow, "", `--format: unknown format "xml" (dict stats prints only text or json)`},
		{"csv elsewhere", "keywords", "csv", keywords, "", "--format csv: keywords prints only text, json or markdown"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseFormat(tt.command, tt.value, tt.allowed...)
			if tt.wantErr == "" {
				if err != nil || got != tt.want {
					t.Fatalf("parseFormat(%q, %q) = %q, %v; want %q", tt.command, tt.value, got, err, tt.want)
				}
				return
			}
			if err == nil || err.Error() != tt.wantErr || exitCode(err) != ExitUsage {
				t.Fatalf("parseFormat(%q, %q) error = %v (exit %d); want %q (exit %d)", tt.command, tt.value, err, exitCode(err), tt.wantErr, ExitUsage)
			}
		})
	}
}
