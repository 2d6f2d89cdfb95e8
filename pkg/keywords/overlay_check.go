package keywords

import "github.com/atsmatch/atsmatch/pkg/diag"

// This file checks an overlay the way LoadOverlay and Merge load it, but
// goes on past a problem, so `atsmatch dict validate` can list every one
// and a user fixes a file in one pass. Loading (--dict) still stops at the
// first: there a bad file only has to be named.

// CheckOverlay loads the overlay data (named name in problems) and merges
// it over d as LoadOverlay and Merge would, without keeping the result. It
// returns what the file changes, as written (see [Overlay.Changes]), and
// every problem found, each naming the file and, where known, the line. A
// term with a problem of its own is left out of the merge, so it causes no
// second report. A YAML syntax error stops the check (nothing after it can
// be read); the final whole-dictionary validation runs only when no other
// problem was found. d is not modified.
func (d *Dict) CheckOverlay(name string, data []byte) (OverlayChanges, diag.List) {
	sf, errs := parseSourceAll(SourceFile{Name: name, Data: data}, true, "user")
	if sf == nil {
		return OverlayChanges{}, errs
	}
	changes := (&Overlay{name: name, file: sf}).Changes()
	prepErrs, bad := prepareOverlayTerms(sf)
	errs = append(errs, prepErrs...)
	errs = append(errs, d.checkMerge(sf, bad)...)
	return changes, errs
}

// checkMerge is Merge of sf alone on a copy of d, collecting problems
// (see apply); the terms in bad are skipped. The whole-dictionary
// validation runs only when apply found nothing; its problems concern the
// merged data, so they name the file without a line.
func (d *Dict) checkMerge(sf *Source, bad map[*SourceTerm]bool) diag.List {
	out := d.clone()
	if errs := out.apply(sf, bad); len(errs) > 0 {
		return errs
	}
	sortTerms(out.Terms)
	errs := out.problems()
	for i := range errs {
		errs[i].File = sf.Name
	}
	return errs
}
