package render

// JSON wire format (schema_version 1). Every document is one object,
// indented by two spaces, followed by a newline. Lists are always arrays,
// never null. Fields are only added within a schema_version.
//
// MatchResult (`atsmatch match`):
//
//	schema_version      int     always first; 1
//	job, resume         object  Document: {name, parse}
//	  name              string  the input as given ("-" for stdin)
//	  parse.format      string  text, markdown, pdf, docx, html
//	  parse.pages       int     omitted when 0 (not paged)
//	  parse.words       int     words read
//	  parse.confidence  number  0..1, how far the text can be trusted
//	  parse.warnings    [string]
//	  ignored_matches   [object] omitted when none: IgnoredMatch {term_id, term,
//	                            surface, line, text, lines, count, rule}, the
//	                            ambiguous words not counted and the deciding rule
//	score               number  0..100, one decimal
//	subscores           object  {hard, soft}, each 0..100
//	coverage            object  {hard_matched, hard_total, soft_matched, soft_total}
//	matched             [object] MatchedTerm: term, kind, category, match,
//	                            required, importance, job_count, resume_count,
//	                            job_evidence, resume_evidence; a requirement
//	                            group adds alternatives and open, an ask met by
//	                            another term satisfied_by (all omitted if empty)
//	missing             [object] MissingTerm: term, kind, category, importance,
//	                            required, job_count, job_evidence, suggestion,
//	                            alternatives and open (omitted if empty)
//	suggestions         [object] {term (omitted if none), kind, text}
//	ignored             [object] {from_line, to_line, heading, reason}
//	dictionary_version  string
//	algorithm_version   string
//
// Evidence (in *_evidence): {line, text, surface?, match?, rule?, rule_id?};
// line is 1-based, text the trimmed line, optional fields are omitted when
// empty; match is implied or alternative, with the verdict rule, on the
// resume evidence of an ask another term met.
//
// KeywordsResult (`atsmatch keywords`): schema_version, document,
// keywords [{term, kind, category, count, forms, evidence}], ignored,
// dictionary_version.
//
// TextResult (`atsmatch text`): schema_version, document (with its parse
// block), text.
//
// MarketResult (`atsmatch market`): schema_version, jobs, failed, resume?,
// kind?, min_share?, total_terms, terms and gaps [{term, kind, category,
// postings, share, required, alternative, alternatives?, wordings,
// resume?, unmet?}], complete, dictionary_version, algorithm_version;
// docs/output-formats.md is the reference.
//
// FileError is wrapped in an envelope so a consumer can tell it from a
// result by the presence of "error":
//
//	{"schema_version": 1, "error": {"file": "...", "kind": "...", "message": "..."}}
//
// kind is one of not-found, empty, unsupported, encrypted, no-text,
// too-large, malformed, timeout, io.

import (
	"encoding/json"
	"io"
	"reflect"
	"strings"

	"github.com/atsmatch/atsmatch/pkg/report"
)

// ErrorEnvelope is the JSON document written for a [report.FileError].
type ErrorEnvelope struct {
	SchemaVersion int       `json:"schema_version"`
	Error         ErrorBody `json:"error"`
}

// ErrorBody is the "error" object of an [ErrorEnvelope].
type ErrorBody struct {
	File    string `json:"file"`
	Kind    string `json:"kind"`
	Message string `json:"message"`
}

func writeJSON(w io.Writer, v any, _ Options) error {
	if fe, ok := v.(*report.FileError); ok {
		v = &ErrorEnvelope{
			SchemaVersion: report.SchemaVersion,
			Error:         ErrorBody{File: fe.File, Kind: fe.Kind, Message: fe.Error},
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	// Terms like "C++" and "R&D" must stay readable, not \u0026.
	enc.SetEscapeHTML(false)
	return enc.Encode(normalize(reflect.ValueOf(v)).Interface())
}

func isNilList(v reflect.Value) bool {
	return (v.Kind() == reflect.Slice || v.Kind() == reflect.Map) && v.IsNil()
}

// normalize returns a deep copy of v in which every nil slice or map is
// empty, so encoding/json writes [] / {} instead of null at any depth. It
// works by reflection so fields added later to report are covered too.
func normalize(v reflect.Value) reflect.Value {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return v
		}
		p := reflect.New(v.Type().Elem())
		p.Elem().Set(normalize(v.Elem()))
		return p
	case reflect.Interface:
		if v.IsNil() {
			return v
		}
		n := reflect.New(v.Type()).Elem()
		n.Set(normalize(v.Elem()))
		return n
	case reflect.Struct:
		n := reflect.New(v.Type()).Elem()
		n.Set(v)
		for i := range v.NumField() {
			if !n.Field(i).CanSet() {
				continue
			}
			tag := v.Type().Field(i).Tag.Get("json")
			if tag == "-" {
				// Off the wire (e.g. MatchResult.JobLines): drop, don't copy.
				n.Field(i).SetZero()
				continue
			}
			if strings.HasSuffix(tag, ",omitempty") && isNilList(v.Field(i)) {
				continue // omitted either way; nil keeps a decoded round trip equal
			}
			n.Field(i).Set(normalize(v.Field(i)))
		}
		return n
	case reflect.Slice:
		if v.Type().Elem().Kind() == reflect.Uint8 && !v.IsNil() {
			return v // []byte encodes as a base64 string
		}
		n := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
		for i := range v.Len() {
			n.Index(i).Set(normalize(v.Index(i)))
		}
		return n
	case reflect.Map:
		n := reflect.MakeMapWithSize(v.Type(), v.Len())
		it := v.MapRange()
		for it.Next() {
			n.SetMapIndex(it.Key(), normalize(it.Value()))
		}
		return n
	}
	return v
}
