package ats

import "github.com/atsmatch/atsmatch/pkg/report"

// The `atsmatch dict` documents, built from a Dictionary for pkg/render.

// ListReport is the `dict list` document of terms (from [Dictionary.Select]).
func (x *Dictionary) ListReport(terms []*Term) *report.DictList {
	l := &report.DictList{SchemaVersion: report.SchemaVersion, DictionaryVersion: x.Version(), Terms: make([]report.DictRow, len(terms))}
	for i, t := range terms {
		l.Terms[i] = report.DictRow{ID: t.ID, Name: t.Name, Kind: string(t.Kind), Category: t.Category, Source: t.Source}
	}
	return l
}

// ShowReport is the `dict show` document of the terms query found (from
// [Dictionary.Lookup]).
func (x *Dictionary) ShowReport(query string, hits []DictHit) *report.DictShow {
	s := &report.DictShow{SchemaVersion: report.SchemaVersion, DictionaryVersion: x.Version(), Query: query,
		Terms: make([]report.DictTerm, len(hits))}
	for i, h := range hits {
		s.Terms[i] = x.termReport(h)
	}
	return s
}

func (x *Dictionary) termReport(h DictHit) report.DictTerm {
	t := h.Term
	v := report.DictTerm{
		ID: t.ID, Name: t.Name, Kind: string(t.Kind), Category: t.Category,
		Aliases: t.Aliases, Acronyms: t.Acronyms, Forms: t.Forms, Ambiguous: t.Ambiguous, Context: t.Context,
		NotBefore: t.NotBefore, NotAfter: t.NotAfter, Related: t.Related, Broader: t.Broader, Source: t.Source,
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

// StatsReport is the `dict stats` document: counts and the overlays
// applied.
func (x *Dictionary) StatsReport() *report.DictStats {
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
		r.Overlays[i] = report.DictOverlay{File: o.Name, Changes: ChangesReport(o.Changes)}
	}
	return r
}

func countsReport(cs []DictCount) []report.DictCount {
	out := make([]report.DictCount, len(cs))
	for i, c := range cs {
		out[i] = report.DictCount{Name: c.Name, Terms: c.Terms}
	}
	return out
}

// ChangesReport is what an overlay changes, as the dict documents list it.
func ChangesReport(c OverlayChanges) report.DictChanges {
	return report.DictChanges{Added: c.Added, Changed: c.Changed, Disabled: c.Disabled}
}
