package keywords

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestCheckOverlay(t *testing.T) {
	tests := []struct {
		name, overlay string
		want          []string // every problem, in the order found
		changes       OverlayChanges
	}{
		{
			name:    "valid",
			overlay: "disable: [helm]\nterms:\n  - name: Hangfire Pro\n  - extends: go\n    aliases: [Go-lang]\n",
			changes: OverlayChanges{Added: []string{"hangfire-pro"}, Changed: []string{"go"}, Disabled: []string{"helm"}},
		},
		{
			name: "every problem of the file",
			overlay: "colour: blue\n" + // 1
				"disable: [no-such, helm]\n" + // 2
				"terms:\n" + // 3
				"  - name: Fleet Tool\n" + // 4
				"    aliases: [k8s]\n" + // 5
				"  - aliases: [nameless]\n" + // 6
				"  - extends: nothing-here\n" + // 7
				"  - name: Dynamic\n" + // 8
				"  - name: Argo Flow\n" + // 9
				"    related: [ci-cd]\n", // 10
			want: []string{
				`my.yaml:1: unknown key "colour"`,
				`my.yaml:6: term has no name`,
				`my.yaml:8: name "Dynamic" is too vague to be a skill`,
				`my.yaml:2: disable: unknown term "no-such"`,
				`my.yaml:5: alias "k8s" already belongs to kubernetes`,
				`my.yaml:7: extends: unknown term "nothing-here"`,
				`my.yaml:10: related "ci-cd" is not a term`,
			},
			changes: OverlayChanges{Added: []string{"fleet-tool", "dynamic", "argo-flow"}, Changed: []string{"nothing-here"}, Disabled: []string{"no-such", "helm"}},
		},
		{
			name:    "every clash of one term",
			overlay: "terms:\n  - name: Golang\n    aliases:\n      - k8s\n      - free-alias\n    acronyms: [HELM]\n",
			want: []string{
				`my.yaml:2: name "Golang" already belongs to go`,
				`my.yaml:4: alias "k8s" already belongs to kubernetes`,
				`my.yaml:6: acronym "HELM" already belongs to helm`,
			},
			changes: OverlayChanges{Added: []string{"golang"}, Changed: []string{}, Disabled: []string{}},
		},
		{
			// The first term is not added: its free alias stays free and a
			// link to it is not reported a second time.
			name:    "a bad term causes no second report",
			overlay: "terms:\n  - name: Fleet Tool\n    aliases: [k8s, fleet]\n  - name: Fleet Deck\n    aliases: [fleet]\n    related: [fleet-tool]\n",
			want:    []string{`my.yaml:3: alias "k8s" already belongs to kubernetes`},
			changes: OverlayChanges{Added: []string{"fleet-tool", "fleet-deck"}, Changed: []string{}, Disabled: []string{}},
		},
		{
			// The extends stops at k8s after claiming "Golang Two": the
			// term is left as it was, so the next term's alias is free.
			name:    "a bad extends causes no second report",
			overlay: "terms:\n  - extends: go\n    aliases: [Golang Two, k8s]\n  - name: Fleet Deck\n    aliases: [golang two]\n",
			want:    []string{`my.yaml:3: alias "k8s" already belongs to kubernetes`},
			changes: OverlayChanges{Added: []string{"fleet-deck"}, Changed: []string{"go"}, Disabled: []string{}},
		},
		{
			name:    "the same term twice",
			overlay: "terms:\n  - name: Kubernetes\n  - name: Tekton\n  - name: Tekton\n",
			want: []string{
				`my.yaml:2: term "kubernetes" already exists (use extends: kubernetes to change it)`,
				`my.yaml:4: term "tekton" already exists (use extends: tekton to change it)`,
			},
			changes: OverlayChanges{Added: []string{"kubernetes", "tekton", "tekton"}, Changed: []string{}, Disabled: []string{}},
		},
		{
			// Parses and checks clean, so Merge meets these in this order
			// and must stop at the first.
			name: "merge problems only",
			overlay: "disable: [no-such]\n" + // 1
				"terms:\n" + // 2
				"  - name: Fleet Tool\n" + // 3
				"    aliases: [k8s]\n" + // 4
				"  - extends: nothing-here\n" + // 5
				"  - name: Argo Flow\n" + // 6
				"    related: [ci-cd]\n", // 7
			want: []string{
				`my.yaml:1: disable: unknown term "no-such"`,
				`my.yaml:4: alias "k8s" already belongs to kubernetes`,
				`my.yaml:5: extends: unknown term "nothing-here"`,
				`my.yaml:7: related "ci-cd" is not a term`,
			},
			changes: OverlayChanges{Added: []string{"fleet-tool", "argo-flow"}, Changed: []string{"nothing-here"}, Disabled: []string{"no-such"}},
		},
		{
			// Each entry that is no id says what it is and how to write
			// one, with its line; the valid entry still disables.
			name: "disable entries that are not ids",
			overlay: "disable:\n" + // 1
				"  - {id: helm}\n" + // 2
				"  - 42\n" + // 3
				"  - [go]\n" + // 4
				"  -\n" + // 5
				"  - true\n" + // 6
				"  - kubernetes\n", // 7
			want: []string{
				`my.yaml:2: disable: entry 1 is a mapping; list term ids, e.g. - helm`,
				`my.yaml:3: disable: entry 2 is a number (42); list term ids, e.g. - excel`,
				`my.yaml:4: disable: entry 3 is a list; list term ids, e.g. - excel`,
				`my.yaml:5: disable: entry 4 is empty; list term ids, e.g. - excel`,
				`my.yaml:6: disable: entry 5 is true, not an id; list term ids, e.g. - excel`,
			},
			changes: OverlayChanges{Disabled: []string{"kubernetes"}},
		},
		{
			// A term's own checks go on past its first problem.
			name: "every problem of one new term",
			overlay: "terms:\n" + // 1
				"  - name: Fleet Tool\n" + // 2
				"    kind: medium\n" + // 3
				"    weight: 11\n" + // 4
				"    aliases: [Fleetctl, team]\n" + // 5
				"    not_before: [deck, Deck]\n", // 6
			want: []string{
				`my.yaml:3: kind "medium" is not hard or soft`,
				`my.yaml:4: weight 11 outside 0..10`,
				`my.yaml:5: "team" is too vague unless listed in ambiguous`,
				`my.yaml:6: not_before: "Deck" is listed twice`,
			},
			changes: OverlayChanges{Added: []string{"fleet-tool"}},
		},
		{
			name: "every problem of one extends",
			overlay: "terms:\n" + // 1
				"  - extends: go\n" + // 2
				"    id: golang\n" + // 3
				"    aliases: [k8s, Helm]\n" + // 4
				"    kind: medium\n", // 5
			want: []string{
				`my.yaml:3: id "golang" differs from extends "go"`,
				`my.yaml:4: alias "k8s" already belongs to kubernetes`,
				`my.yaml:4: alias "Helm" already belongs to helm`,
				`my.yaml:5: extends go: kind "medium" is not hard or soft`,
			},
			changes: OverlayChanges{Changed: []string{"go"}},
		},
		{
			// Parse problems of one term: all of them, and no "no name"
			// for a name written in the wrong form.
			name: "every parse problem of one term",
			overlay: "terms:\n" + // 1
				"  - name: [Fleet Deck]\n" + // 2
				"    id: fleet-deck\n" + // 3 (a good key after the bad name)
				"    colour: blue\n" + // 4
				"    aliases: fd\n" + // 5
				"    forms: [{a: b}]\n", // 6
			want: []string{
				`my.yaml:2: name must be a string`,
				`my.yaml:4: unknown term key "colour"`,
				`my.yaml:5: aliases must be a list`,
				`my.yaml:6: forms items must be strings`,
			},
		},
		{
			// The same term extended again and again (extend.go keeps an
			// index of it): a failed extends is undone whole, later ones
			// see the term as the successful ones left it. Expected lines
			// are what the whole-term check printed before the index.
			name: "one term extended again and again",
			overlay: "terms:\n" + // 1
				"  - extends: kubernetes\n    aliases: [kube]\n" + // 2-3
				"  - extends: kubernetes\n    aliases: [team, kubey]\n    ambiguous: [nothing]\n    related: [kubernetes]\n    context: [cluster]\n" + // 4-8
				"  - extends: kubernetes\n    aliases: [kubey, Kube, K-ube]\n" + // 9-10
				"  - extends: kubernetes\n    ambiguous: [kube]\n" + // 11-12
				"  - extends: kubernetes\n    ambiguous: [kube]\n    context: [cluster, Cluster]\n    not_before: [ship, Ship]\n" + // 13-16
				"  - extends: kubernetes\n    aliases: [team]\n    ambiguous: [team]\n" + // 17-19
				"  - extends: go\n    aliases: [kubey]\n" + // 20-21
				"  - name: Kubey Two\n    aliases: [kubey3]\n" + // 22-23
				"  - extends: kubey-two\n    aliases: [kubey4, \"\"]\n    weight: 12\n" + // 24-26
				"  - extends: kubey-two\n    aliases: [kubey4]\n    kind: medium\n", // 27-29
			want: []string{
				`my.yaml:6: extends kubernetes: ambiguous "nothing" is not the name, an alias, an acronym or a form`,
				`my.yaml:5: extends kubernetes: "team" is too vague unless listed in ambiguous`,
				`my.yaml:7: extends kubernetes: a term cannot be related to itself`,
				`my.yaml:11: extends kubernetes: ambiguous surfaces need at least one context word`,
				`my.yaml:16: extends kubernetes: not_before: "Ship" is listed twice`,
				`my.yaml:17: extends kubernetes: ambiguous surfaces need at least one context word`,
				`my.yaml:21: alias "kubey" already belongs to kubernetes`,
				`my.yaml:26: extends kubey-two: weight 12 outside 0..10`,
				`my.yaml:25: extends kubey-two: empty surface`,
				`my.yaml:29: extends kubey-two: kind "medium" is not hard or soft`,
			},
			changes: OverlayChanges{Added: []string{"kubey-two"}, Changed: []string{"kubernetes", "go", "kubey-two"}},
		},
		{
			name:    "yaml syntax stops the check",
			overlay: "terms:\n  - name: Broken\n   aliases: [x\n",
			want:    []string{"my.yaml:1: did not find expected '-' indicator"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			base := baseDict(t)
			before := brief(base)
			changes, errs := base.CheckOverlay("my.yaml", []byte(tt.overlay))
			var got []string
			for _, err := range errs {
				got = append(got, err.Error())
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("CheckOverlay problems mismatch (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.changes, changes, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("CheckOverlay changes mismatch (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(before, brief(base)); diff != "" {
				t.Errorf("CheckOverlay modified the dictionary (-before +after):\n%s", diff)
			}
			// Loading stops at the first problem; it must be one of these,
			// and a file valid here must load.
			// When the file loads, Merge meets the problems in
			// CheckOverlay's order and must report the first.
			o, err := LoadOverlay("my.yaml", []byte(tt.overlay))
			loaded := err == nil
			if loaded {
				_, err = base.Merge(o)
			}
			switch {
			case err == nil && len(got) > 0:
				t.Errorf("LoadOverlay+Merge accept the file; CheckOverlay found %q", got)
			case err != nil && !slices.Contains(got, err.Error()):
				t.Errorf("LoadOverlay+Merge error %q is not among CheckOverlay's %q", err, got)
			case err != nil && loaded && err.Error() != got[0]:
				t.Errorf("Merge error %q is not CheckOverlay's first %q", err, got[0])
			}
		})
	}
}

// FuzzCheckOverlay: CheckOverlay never panics and agrees with loading: a
// file LoadOverlay and Merge accept has no problem, and a file they refuse
// has, the first of which is theirs when the file loads.
func FuzzCheckOverlay(f *testing.F) {
	f.Add([]byte("disable: [helm]\nterms:\n  - name: Hangfire Pro\n  - extends: go\n    aliases: [Go-lang]\n"))
	f.Add([]byte("disable:\n  - {id: helm}\n  - 42\n  -\nterms:\n  - name: [x]\n    id: y\n    colour: z\n"))
	f.Add([]byte("terms:\n  - name: Fleet Tool\n    kind: medium\n    weight: 11\n    aliases: [team]\n    not_before: [a, A]\n"))
	f.Add([]byte("terms:\n  - extends: go\n    id: golang\n    aliases: [k8s, Helm]\n    kind: medium\n"))
	f.Add([]byte("{"))
	base := baseDict(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		_, errs := base.CheckOverlay("fuzz.yaml", data)
		o, err := LoadOverlay("fuzz.yaml", data)
		loaded := err == nil
		if loaded {
			_, err = base.Merge(o)
		}
		switch {
		case err == nil && len(errs) > 0:
			t.Errorf("LoadOverlay+Merge accept the file; CheckOverlay found %v", errs)
		case err != nil && len(errs) == 0:
			t.Errorf("LoadOverlay+Merge refuse the file (%v); CheckOverlay found nothing", err)
		case err != nil && loaded && err.Error() != errs[0].Error():
			t.Errorf("Merge error %q is not CheckOverlay's first %q", err, errs[0])
		}
	})
}
