// Command importer grows the skill dictionary from public data sets. It is
// a dev-time tool of the dictionary stage (pkg/keywords): it reads O*NET
// Technology Skills, ESCO skills and Stack Overflow tags and writes
// data/src/imported-{onet,esco,stackoverflow}.yaml, which the generator
// (internal/dictgen) merges under the curated files (a curated term always
// wins). Output is sorted, so a rerun on the same data is byte-identical.
//
//	make import-dict   (passes the shared data folder as -shared)
//
// Selection rules, precision first:
//
//   - O*NET: a tool named in at least -onet-min occupations, or flagged Hot
//     Technology / In Demand. Generic descriptors ("Spreadsheet software")
//     are dropped; a trailing " software" is cut; a trailing acronym whose
//     letters are the initials ("Structured query language SQL") becomes an
//     acronym. A first word that starts many tool names is a vendor:
//     "Microsoft Excel" gets the alias "Excel" (and "MS Excel"); an alias
//     that is a common word is marked ambiguous, with the vendor and
//     category words as context. Category comes from the Commodity Title.
//   - Stack Overflow: tags with at least -so-min questions; version tags
//     (python-3.x, angular-8) and generic programming words (function,
//     string, performance, ...) dropped; tag spelling turned into a display
//     name (node.js → Node.js, ruby-on-rails → Ruby on Rails); synonyms of a
//     kept tag become aliases.
//   - ESCO: "knowledge" labels of at most 4 words, and "skill/competence"
//     labels of at most 4 words that are not verb phrases (first word is not
//     a verb that starts other skill labels), minus vague heads ("types of",
//     "principles of", ...). Up to 3 short alternative labels become aliases.
//
// Stack Overflow tags are filtered harder, against a full English word list
// (-english): a tag that is an English word, or a compound of English words
// ("lazy-loading"), or a sub-tag of a kept tag ("android-viewpager"), or ends
// in a version digit ("ios5"), is a concept or a detail, not a skill.
//
// A single-word name or alias that is a common word (-common lists, one word
// a line; -skillspan derives the most frequent lower-case SkillSpan tokens
// that never fall inside a gold span; plus a small hand list) is marked
// ambiguous with context words, or dropped when there are no good context
// words.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

func main() {
	var o options
	flag.StringVar(&o.shared, "shared", "", "root of the shared data sets (holds data/onet, data/esco-skills, data/stackoverflow-tags)")
	flag.StringVar(&o.out, "out", "pkg/keywords/data/src", "directory to write imported-*.yaml into")
	flag.StringVar(&o.common, "common", "", "comma-separated word-list files of common English words (one a line)")
	flag.StringVar(&o.english, "english", "", "word list of English words (e.g. /usr/share/dict/words from Debian wamerican); Stack Overflow tags that are English words are dropped")
	flag.StringVar(&o.skillspan, "skillspan", "", "SkillSpan train.json used to derive common words (default: <shared>/data/skillspan/train.json when present)")
	flag.IntVar(&o.onetMin, "onet-min", 3, "keep O*NET tools named in at least this many occupations (or Hot/In Demand)")
	flag.IntVar(&o.soMin, "so-min", 5000, "keep Stack Overflow tags with at least this many questions")
	flag.IntVar(&o.commonTop, "common-top", 4000, "how many frequent SkillSpan words count as common")
	flag.Parse()
	if o.shared == "" {
		fmt.Fprintln(os.Stderr, "usage: -shared DIR is required (make import-dict passes it)")
		os.Exit(2)
	}
	if o.skillspan == "" {
		p := filepath.Join(o.shared, "data", "skillspan", "train.json")
		if _, err := os.Stat(p); err == nil {
			o.skillspan = p
		}
	}
	if err := run(o, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "importer:", err)
		os.Exit(1)
	}
}

type options struct {
	shared, out, common, english, skillspan string
	onetMin, soMin, commonTop               int
}

func run(o options, log io.Writer) error {
	common, err := loadCommon(o)
	if err != nil {
		return err
	}
	english := map[string]bool{}
	if o.english != "" {
		if english, err = readWords(o.english); err != nil {
			return err
		}
	}
	for w := range common {
		english[w] = true
	}
	data := filepath.Join(o.shared, "data")
	type job struct {
		name string
		read func() (*file, error)
	}
	jobs := []job{
		{"imported-onet.yaml", func() (*file, error) {
			f, err := os.Open(filepath.Join(data, "onet", "Technology Skills.txt"))
			if err != nil {
				return nil, err
			}
			defer f.Close()
			return importONET(f, o.onetMin, common)
		}},
		{"imported-esco.yaml", func() (*file, error) {
			f, err := os.Open(filepath.Join(data, "esco-skills", "skills_en.csv"))
			if err != nil {
				return nil, err
			}
			defer f.Close()
			return importESCO(f, common, english)
		}},
		{"imported-stackoverflow.yaml", func() (*file, error) {
			tags, err := os.Open(filepath.Join(data, "stackoverflow-tags", "Tags.csv"))
			if err != nil {
				return nil, err
			}
			defer tags.Close()
			syn, err := os.Open(filepath.Join(data, "stackoverflow-tags", "TagSynonyms.csv"))
			if err != nil {
				return nil, err
			}
			defer syn.Close()
			return importSO(tags, syn, o.soMin, english)
		}},
	}
	for _, j := range jobs {
		f, err := j.read()
		if err != nil {
			return fmt.Errorf("%s: %w", j.name, err)
		}
		b, err := f.encode()
		if err != nil {
			return fmt.Errorf("%s: %w", j.name, err)
		}
		if err := os.WriteFile(filepath.Join(o.out, j.name), b, 0o644); err != nil {
			return err
		}
		fmt.Fprintf(log, "importer: %s: %d terms\n", j.name, len(f.Terms))
	}
	return nil
}
