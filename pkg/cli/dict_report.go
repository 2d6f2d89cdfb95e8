package cli

import (
	"github.com/atsmatch/atsmatch/pkg/keywords"
	"github.com/atsmatch/atsmatch/pkg/report"
)

// The `atsmatch dict` documents, built from a dictionary for pkg/render.

// listReport is the `dict list` document of terms (from dictionary.Select).
func (x *dictionary) listReport(terms []*keywords.Term) *report.DictList {
	l := &report.DictList{SchemaVersion: report.SchemaVersion, DictionaryVersion: x.Version(), Terms: make([]report.DictRow, len(terms))}
	for i, t := range terms {
		l.Terms[i] = report.DictRow{ID: t.ID, Name: t.Name, Kind: string(t.Kind), Category: t.Category, Source: t.Source}
	}
	return l
}

// showReport is the `dict show` document of the terms query found (from
// dictionary.Lookup).
func (x *dictionary) showReport(query string, hits []keywords.Hit) *report.DictShow {
	s := &report.DictShow{SchemaVersion: report.SchemaVersion, DictionaryVersion: x.Version(), Query: query,
		Terms: make([]report.DictTerm, len(hits))}
	for i, h := range hits {
		s.Terms[i] = x.termReport(h)
	}
	return s
}

func (x *dictionary) termReport(h keywords.Hit) report.DictTerm {
	t := h.Term
	v := report.DictTerm{
		ID: t.ID, Name: t.Name, Kind: string(t.Kind), Category: t.Category,
		Aliases: t.Aliases, Acronyms: t.Acronyms, Forms: t.Forms, Ambiguous: t.Ambiguous, Context: t.Context,
		NotBefore: t.NotBefore, NotAfter: t.NotAfter, Related: t.Related, Broader: t.Broader, Replaces: t.Replaces, Source: t.Source,
		Weight: t.Weight, MatchedBy: report.DictMatch{Field: h.Field, Surface: h.Surface},
		Overlays: x.Provenance(t.ID), RelatedTerms: []report.DictRelated{},
	}
	if v.Weight == 0 {
		v.Weight = 1
	}
	if v.Overlays == nil {
		v.Overlays = []string{}
	}
	for _, id := range t.Related {
		r := report.DictRelated{ID: id}
		if rt, ok := x.Term(id); ok {
			r.Name = rt.Name
		}
		v.RelatedTerms = append(v.RelatedTerms, r)
	}
	for _, id := range x.dict.Ancestors(t.ID) {
		r := report.DictRelated{ID: id}
		if bt, ok := x.Term(id); ok {
			r.Name = bt.Name
		}
		v.BroaderTerms = append(v.BroaderTerms, r)
	}
	return v
}

// statsReport is the `dict stats` document: counts and the overlays
// applied.
func (x *dictionary) statsReport() *report.DictStats {
	st := x.Stats()
	r := &report.DictStats{
		SchemaVersion: report.SchemaVersion, DictionaryVersion: x.Version(),
		Version: st.Version, Terms: st.Terms,
		ByKind: countsReport(st.ByKind), ByCategory: countsReport(st.ByCategory), BySource: countsReport(st.BySource),
		Aliases: st.Aliases, Acronyms: st.Acronyms, Forms: st.Forms,
		Ambiguous: st.Ambiguous, AmbiguousTerms: st.AmbiguousTerms, ContextWords: st.ContextWords, Related: st.Related, Broader: st.Broader,
		Overlays: make([]report.DictOverlay, len(x.applied)),
	}
	for i, o := range x.applied {
		r.Overlays[i] = report.DictOverlay{File: o.Name, Changes: changesReport(o.Changes)}
	}
	return r
}

func countsReport(cs []keywords.Count) []report.DictCount {
	out := make([]report.DictCount, len(cs))
	for i, c := range cs {
		out[i] = report.DictCount{Name: c.Name, Terms: c.Terms}
	}
	return out
}

// changesReport is what an overlay changes, as the dict documents list it.
func changesReport(c keywords.OverlayChanges) report.DictChanges {
	return report.DictChanges{Added: c.Added, Changed: c.Changed, Disabled: c.Disabled}
}
