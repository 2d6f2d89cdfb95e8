package match

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestBreadthTerms pins the ambiguity decisions of the fields of study,
// industries, medical specialties, software areas and tools of dictionary
// 2026.12.6 through the matcher, both ways: the skill sense counts, the
// employer's name, the ordinary word or the other sense does not. want is
// the sorted set of counted term IDs.
func TestBreadthTerms(t *testing.T) {
	m := defaultMatcher(t)
	tests := []struct {
		name, in string
		want     []string
	}{
		{"field of a degree", "MSc in Physics or Chemistry required.", []string{"chemistry", "masters-degree", "physics"}},
		{"department names the employer", "You join the Department of Physics and the Faculty of Chemistry.", []string{}},
		{"team chemistry", "Great team chemistry in the office.", []string{}},
		{"game physics", "You build game physics for our engine.", []string{}},
		{"unit economics", "Own the unit economics of the product.", []string{}},
		{"specialty, British spelling", "A specialist in gynaecology and cardiology.", []string{"cardiology", "gynecology"}},
		{"speech pathology is not pathology", "Five years of speech pathology.", []string{"speech-therapy"}},
		{"UAT as a testing activity", "Coordinate UAT with business users.", []string{"user-acceptance-testing"}},
		{"UAT as an environment", "Deploy to dev, UAT and prod.", []string{}},
		{"cloud beside a cloud word", "Experience with cloud migration and virtualization.", []string{"cloud-migration", "virtualization"}},
		{"cloud as a platform", "Hands-on with cloud virtualization.", []string{"cloud-computing", "virtualization"}},
		{"cloud in the sky", "Every cloud has a silver lining.", []string{}},
		{"agile ways of working", "Experience with agile ways of working.", []string{"agile"}},
		{"agile working is flexible hours", "We offer agile working from home.", []string{}},
		{"tdd in a tag list", "java kotlin tdd", []string{"java", "kotlin", "test-driven-development"}},
		{"a bachelor or master degree", "You hold a Bachelor or Masters degree.", []string{"bachelors-degree", "masters-degree"}},
		{"Retrofit the library", "Networking in Android with Retrofit and OkHttp.", []string{"android-development", "retrofit"}},
		{"retrofit a building", "We retrofit old buildings with heat pumps.", []string{"heat-pumps"}},
		{"Gerrit the name", "References: Gerrit de Vries.", []string{}},
		{"Gerrit the tool", "Code review in Gerrit and Jenkins.", []string{"code-reviews", "gerrit", "jenkins"}},
		{"CpG sites", "Methylation of CpG islands.", []string{}},
		{"micro service spelling", "Micro Service architecture in Java.", []string{"java", "microservices"}},
		{"industry", "Experience in financial services or telecoms.", []string{"financial-services", "telecommunications"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ids(run(m, tt.in))
			slices.Sort(got)
			got = slices.Compact(got)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Match(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}
