package keywords

import "testing"

// ImpliesCase is one implication the embedded dictionary must hold, or
// must not: Narrow implies Broad through broader links. Exported so the
// package's external tests (keywords_test) share CheckImplies.
type ImpliesCase struct {
	Narrow, Broad string
	Want          bool
}

// CheckImplies asserts every case on the embedded dictionary.
func CheckImplies(t *testing.T, cases []ImpliesCase) {
	t.Helper()
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range cases {
		if got := d.Implies(tt.Narrow, tt.Broad); got != tt.Want {
			t.Errorf("Implies(%q, %q) = %v, want %v (ancestors %v)", tt.Narrow, tt.Broad, got, tt.Want, d.Ancestors(tt.Narrow))
		}
	}
}
