package build

import (
	"errors"
	"strings"
	"testing"

	"github.com/atsmatch/atsmatch/pkg/diag"
	"github.com/atsmatch/atsmatch/pkg/keywords"
	"github.com/google/go-cmp/cmp"
)

const head = "category: tools\nkind: hard\nsource: curated\nterms:\n"

// brief summarises a built dict: "id:name[aliases]{related}" per term.
func brief(d *keywords.Dict) []string {
	var out []string
	for _, t := range d.Terms {
		s := t.ID + ":" + t.Name + "/" + string(t.Kind) + "/" + t.Category + "/" + t.Source
		if len(t.Aliases) > 0 {
			s += "[" + strings.Join(t.Aliases, ",") + "]"
		}
		if len(t.Acronyms) > 0 {
			s += "(" + strings.Join(t.Acronyms, ",") + ")"
		}
		if len(t.Related) > 0 {
			s += "{" + strings.Join(t.Related, ",") + "}"
		}
		out = append(out, s)
	}
	return out
}

func TestBuild(t *testing.T) {
	imported := "category: imported\nkind: hard\nsource: esco\nterms:\n"
	tests := []struct {
		name  string
		files []keywords.SourceFile
		want  []string
		stats Stats // Warnings not compared
	}{
		{
			name: "defaults, slugs and sorting",
			files: []keywords.SourceFile{{Name: "a.yaml", Data: []byte(head +
				"  - name: Zebra DB\n    aliases: [ZDB]\n" +
				"  - name: C++\n    related: [zebra-db]\n" +
				"  - name: Listening\n    kind: soft\n    category: soft\n")}},
			want: []string{
				"cpp:C++/hard/tools/curated{zebra-db}",
				"listening:Listening/soft/soft/curated",
				"zebra-db:Zebra DB/hard/tools/curated[ZDB]",
			},
			stats: Stats{Curated: 3},
		},
		{
			name: "redundant aliases dropped",
			files: []keywords.SourceFile{{Name: "a.yaml", Data: []byte(head +
				"  - name: Power BI\n    aliases: [PowerBI, power-bi, Power  BI, MS Power BI, ms power bi]\n")}},
			want:  []string{"power-bi:Power BI/hard/tools/curated[PowerBI,MS Power BI]"},
			stats: Stats{Curated: 1, RedundantSurfaces: 3},
		},
		{
			name: "YAML anchors share context lists",
			files: []keywords.SourceFile{{Name: "a.yaml", Data: []byte(head +
				"  - name: German\n    ambiguous: [German]\n    context: &fl [fluent, native]\n" +
				"  - name: Polish\n    ambiguous: [Polish]\n    context: *fl\n    aliases: [Polish Language]\n")}},
			want: []string{
				"german:German/hard/tools/curated",
				"polish:Polish/hard/tools/curated[Polish Language]",
			},
			stats: Stats{Curated: 2},
		},
		{
			name: "split forms of a joined name are kept",
			files: []keywords.SourceFile{{Name: "a.yaml", Data: []byte(head +
				"  - name: Frontend Development\n    aliases: [Front-End Development, Front End Development, FrontEnd development]\n")}},
			want:  []string{"frontend-development:Frontend Development/hard/tools/curated[Front-End Development]"},
			stats: Stats{Curated: 1, RedundantSurfaces: 2},
		},
		{
			name: "curated wins over imported",
			files: []keywords.SourceFile{
				{Name: "a.yaml", Data: []byte(head + "  - name: Kubernetes\n    aliases: [k8s]\n")},
				{Name: "imported-esco.yaml", Data: []byte(imported +
					"  - name: kubernetes\n    id: kube\n" + // same name
					"  - name: Kubernetes\n" + // same id
					"  - name: K8S\n" + // name is a curated alias
					"  - name: Helm Charts\n    aliases: [K8s, Helm]\n    ambiguous: [Helm]\n    context: [kubernetes]\n    related: [kubernetes, nowhere]\n" +
					"  - name: Microsoft Exchange\n    aliases: [Exchange, MS Exchange]\n" + // shortening dropped
					"  - name: Work\n")}, // vague
			},
			want: []string{
				"helm-charts:Helm Charts/hard/imported/esco[Helm]{kubernetes}",
				"kubernetes:Kubernetes/hard/tools/curated[k8s]",
				"microsoft-exchange:Microsoft Exchange/hard/imported/esco[MS Exchange]",
			},
			stats: Stats{Curated: 1, Imported: 2, DroppedTerms: 4, DroppedSurfaces: 2, DroppedRelated: 1},
		},
		{
			name: "imported vs imported keeps the first file",
			files: []keywords.SourceFile{
				{Name: "imported-b.yaml", Data: []byte(imported + "  - name: Jira\n    aliases: [Atlassian Jira]\n")},
				{Name: "imported-a.yaml", Data: []byte(imported + "  - name: JIRA\n    aliases: [Jira Software]\n")},
			},
			want:  []string{"jira:JIRA/hard/imported/esco[Jira Software]"},
			stats: Stats{Imported: 1, DroppedTerms: 1},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, st, err := Build("1.0", tt.files)
			if err != nil {
				t.Fatalf("Build: %v", err)
			}
			if diff := cmp.Diff(tt.want, brief(d)); diff != "" {
				t.Errorf("Build terms mismatch (-want +got):\n%s", diff)
			}
			st.Warnings = nil
			if diff := cmp.Diff(tt.stats, *st); diff != "" {
				t.Errorf("Build stats mismatch (-want +got):\n%s", diff)
			}
			if d.Version != "1.0" {
				t.Errorf("Version = %q, want 1.0", d.Version)
			}
		})
	}
}

// TestBuildNotBefore: not_before and not_after reach the Term as written,
// shared anchors included, and only on the term that lists them.
func TestBuildNotBefore(t *testing.T) {
	d, _, err := Build("1", []keywords.SourceFile{{Name: "a.yaml", Data: []byte(head +
		"  - name: PhD\n    not_before: &pos [student, research fellow]\n" +
		"  - name: MBA\n    not_before: *pos\n    not_after: [executive]\n" +
		"  - name: Go\n")}})
	if err != nil {
		t.Fatal(err)
	}
	type words struct{ ID, Before, After string }
	var got []words
	for _, x := range d.Terms {
		got = append(got, words{x.ID, strings.Join(x.NotBefore, "|"), strings.Join(x.NotAfter, "|")})
	}
	want := []words{{"go", "", ""}, {"mba", "student|research fellow", "executive"}, {"phd", "student|research fellow", ""}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Build not_before/not_after mismatch (-want +got):\n%s", diff)
	}
}

func TestBuildErrors(t *testing.T) {
	tests := []struct {
		name  string
		files []keywords.SourceFile
		want  string // substring of the error
	}{
		{"duplicate id", []keywords.SourceFile{
			{Name: "a.yaml", Data: []byte(head + "  - name: Go\n")},
			{Name: "b.yaml", Data: []byte(head + "  - name: Golang\n    id: go\n")},
		}, `b.yaml:6: id "go" already used at a.yaml:5`},
		{"alias owned by another curated term", []keywords.SourceFile{
			{Name: "a.yaml", Data: []byte(head + "  - name: Kubernetes\n    aliases: [k8s]\n")},
			{Name: "b.yaml", Data: []byte(head + "  - name: OpenShift\n    aliases:\n      - OKD\n      - K8S\n")},
		}, `b.yaml:8: alias "K8S" already belongs to kubernetes`},
		{"name owned by another term's acronym", []keywords.SourceFile{
			{Name: "a.yaml", Data: []byte(head + "  - name: Domain-Driven Design\n    acronyms: [DDD]\n  - name: DDD\n    id: ddd-tool\n")},
		}, `a.yaml:7: name "DDD" already belongs to domain-driven-design`},
		{"dangling related", []keywords.SourceFile{
			{Name: "a.yaml", Data: []byte(head + "  - name: Jenkins\n    related:\n      - ci-cd\n")},
		}, `a.yaml:7: related "ci-cd" is not a term`},
		{"dangling broader", []keywords.SourceFile{
			{Name: "a.yaml", Data: []byte(head + "  - name: Jenkins\n    broader:\n      - ci-cd\n")},
		}, `a.yaml:7: broader "ci-cd" is not a term`},
		{"broader also related", []keywords.SourceFile{
			{Name: "a.yaml", Data: []byte(head + "  - name: CI/CD\n  - name: Jenkins\n    related: [ci-cd]\n    broader: [ci-cd]\n")},
		}, `a.yaml:8: "ci-cd" is listed in both related and broader`},
		{"broader loop", []keywords.SourceFile{
			{Name: "a.yaml", Data: []byte(head + "  - name: Alpha\n    broader: [beta]\n  - name: Beta\n    broader: [alpha]\n")},
		}, `broader links loop back to it (alpha → beta → alpha)`},
		{"bad kind", []keywords.SourceFile{
			{Name: "a.yaml", Data: []byte(head + "  - name: Jenkins\n    kind: medium\n")},
		}, `a.yaml:6: jenkins: kind "medium" is not hard or soft`},
		{"vague name", []keywords.SourceFile{
			{Name: "a.yaml", Data: []byte(head + "  - name: Management\n")},
		}, `a.yaml:5: management: name "Management" is too vague`},
		{"vague alias", []keywords.SourceFile{
			{Name: "a.yaml", Data: []byte(head + "  - name: Teamwork\n    aliases:\n      - Teaming\n      - Team\n")},
		}, `a.yaml:8: teamwork: "Team" is too vague unless listed in ambiguous`},
		{"ambiguous not a surface", []keywords.SourceFile{
			{Name: "a.yaml", Data: []byte(head + "  - name: Go\n    ambiguous: [Golang]\n    context: [programming]\n")},
		}, `a.yaml:6: go: ambiguous "Golang" is not the name`},
		{"ambiguous without context", []keywords.SourceFile{
			{Name: "a.yaml", Data: []byte(head + "  - name: Go\n    ambiguous: [Go]\n")},
		}, `ambiguous surfaces need at least one context word`},
		{"unknown term key", []keywords.SourceFile{
			{Name: "a.yaml", Data: []byte(head + "  - name: Go\n    alias: [Golang]\n")},
		}, `a.yaml:6: unknown term key "alias"`},
		{"unknown file key", []keywords.SourceFile{
			{Name: "a.yaml", Data: []byte("categroy: x\n")},
		}, `a.yaml:1: unknown key "categroy"`},
		{"disable outside overlays", []keywords.SourceFile{
			{Name: "a.yaml", Data: []byte("disable: [go]\n")},
		}, `a.yaml:1: disable is only allowed in overlays`},
		{"extends outside overlays", []keywords.SourceFile{
			{Name: "a.yaml", Data: []byte(head + "  - extends: go\n")},
		}, `a.yaml:5: unknown term key "extends"`},
		{"imported file without source", []keywords.SourceFile{
			{Name: "imported-x.yaml", Data: []byte("kind: hard\ncategory: x\nterms:\n  - name: Go\n")},
		}, `imported-x.yaml: imported files must name their source`},
		{"invalid yaml", []keywords.SourceFile{
			{Name: "a.yaml", Data: []byte(head + "  - name: [unclosed\n")},
		}, `a.yaml:4: did not find expected`},
		{"missing name", []keywords.SourceFile{
			{Name: "a.yaml", Data: []byte(head + "  - aliases: [x]\n")},
		}, `a.yaml:5: term has no name`},
		{"empty not_before word", []keywords.SourceFile{
			{Name: "a.yaml", Data: []byte(head + "  - name: PhD\n    not_before:\n      - student\n      - \"\"\n")},
		}, `a.yaml:8: phd: not_before: empty word`},
		{"repeated not_before word", []keywords.SourceFile{
			{Name: "a.yaml", Data: []byte(head + "  - name: PhD\n    not_before:\n      - student\n      - Student\n")},
		}, `a.yaml:8: phd: not_before: "Student" is listed twice`},
		{"repeated not_after word", []keywords.SourceFile{
			{Name: "a.yaml", Data: []byte(head + "  - name: MBA\n    not_after: [part time, part-time]\n")},
		}, `a.yaml:6: mba: not_after: "part-time" is listed twice`},
		{"not_before not a list", []keywords.SourceFile{
			{Name: "a.yaml", Data: []byte(head + "  - name: PhD\n    not_before: student\n")},
		}, `a.yaml:6: not_before must be a list`},
		{"bad id", []keywords.SourceFile{
			{Name: "a.yaml", Data: []byte(head + "  - name: Go\n    id: Go_Lang\n")},
		}, `a.yaml:6: Go_Lang: invalid id`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := Build("1", tt.files)
			if err == nil {
				t.Fatalf("Build succeeded, want error containing %q", tt.want)
			}
			if !strings.Contains(problemText(err), tt.want) {
				t.Errorf("Build error = %q, want it to contain %q", err, tt.want)
			}
		})
	}
}

// TestBuildEveryTermProblem: the generator reports every problem of a
// curated term, each at its line, not only the first.
func TestBuildEveryTermProblem(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string
	}{
		{
			name: "own checks",
			src: head + "  - name: Fleet Tool\n" + // 5
				"    weight: 12\n" + // 6
				"    aliases: [Team]\n" + // 7
				"    ambiguous: [Fleet]\n" + // 8
				"    context: [ships]\n", // 9
			want: []string{
				`a.yaml:6: fleet-tool: weight 12 outside 0..10`,
				`a.yaml:8: fleet-tool: ambiguous "Fleet" is not the name, an alias, an acronym or a form`,
				`a.yaml:7: fleet-tool: "Team" is too vague unless listed in ambiguous`,
			},
		},
		{
			name: "allow lists",
			src: head + "  - name: Fleet Tool\n" + // 5
				"    aliases: [Offshore Fleet Tool, Fleet Deck]\n" + // 6
				"    broad_ok: [Fleet Deck, Offshore Fleet Tool, Helm]\n", // 7
			want: []string{
				`a.yaml:7: broad_ok "Fleet Deck" of fleet-tool is not needed (the rule does not flag it)`,
				`a.yaml:7: broad_ok "Helm" is not an alias, acronym or form of fleet-tool`,
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := Build("1", []keywords.SourceFile{{Name: "a.yaml", Data: []byte(tt.src)}})
			var got []string
			if err != nil {
				got = strings.Split(problemText(err), "\n")
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Build(%q) problems mismatch (-want +got):\n%s", tt.src, diff)
			}
		})
	}
}

// problemText is every problem of a Build error, one a line.
func problemText(err error) string {
	var ps diag.List
	if !errors.As(err, &ps) {
		return err.Error()
	}
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.Error()
	}
	return strings.Join(lines, "\n")
}
