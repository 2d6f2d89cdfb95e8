package main

import (
	"bufio"
	"encoding/json"
	"io"
	"os"
	"sort"
	"strings"
)

// handCommon are everyday or generic words that sources list as skills
// but that mean nothing on their own in a posting.
var handCommon = splitWords(`
a an and or the of for in on to with by at as is it be
access action active agent analysis analytics api application applications apps architecture array arrays
art assembly audio audit authentication automation backup balance base basic batch binding bitmap blue bridge
browser build button buttons cache calendar canvas caching call callback camera cell chart charts check
class classes client clock cloud code collection color colors command comments compass compiler components
configuration connection console constructor content control controls cookies copy core count crash cursor
data database date datetime debugging decimal delete dependencies deployment design desktop dictionary directory
discovery display document documents domain download drawing driver dynamic edit editor elements email encoding
encryption enterprise environment error events exception excel express extension file files filter filtering
focus form format forms frame function functions gallery game gateway generics graph graphics grid group
hash header heap hook hooks hosting icons image images import index input insight install installation
interface internet iteration join key keyboard label language layout library line link links list
listview loading location logging login loops map mapping master math matrix memory menu merge message
messaging methods mobile model module monitoring mouse navigation network networking object objects office
open operators optimization orange output overflow package packages page pages parameters parsing path
pattern patterns payment performance permissions pipeline player plot plugins pointers popup post power
printing process processing project properties proxy publisher query queue random range reference
regex release render replace report reporting request resources response rest reverse router routing runtime
safari scope screen scripting scroll search security select selection server service services session
settings shell sorting sound source spring stack static statistics storage stream string strings structure
struct studio styles swift switch symbols sync syntax table tables tabs task teams template templates terminal
testing text textbox time timer tools transactions tree types unicode upload url user validation variables
vector version video view views visual web widget window windows word workflow xml zoom
project projects office outlook word access publisher teams visio planner forms stream sway
`)

func splitWords(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// loadCommon builds the common-word set: the hand list, every word of the
// -common files, and the -common-top most frequent lower-case SkillSpan
// tokens that never sit inside a gold span.
func loadCommon(o options) (map[string]bool, error) {
	common := map[string]bool{}
	for w := range handCommon {
		common[w] = true
	}
	if o.common != "" {
		for _, p := range strings.Split(o.common, ",") {
			words, err := readWords(p)
			if err != nil {
				return nil, err
			}
			for w := range words {
				common[w] = true
			}
		}
	}
	if o.skillspan != "" {
		f, err := os.Open(o.skillspan)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		words, err := frequentOutside(f, o.commonTop)
		if err != nil {
			return nil, err
		}
		for _, w := range words {
			common[w] = true
		}
	}
	return common, nil
}

// frequentOutside returns up to top lower-case alphabetic tokens of the
// SkillSpan JSON lines in r, most frequent first, that are never tagged
// inside a skill or knowledge span.
func frequentOutside(r io.Reader, top int) ([]string, error) {
	type line struct {
		Tokens    []string `json:"tokens"`
		Skill     []string `json:"tags_skill"`
		Knowledge []string `json:"tags_knowledge"`
	}
	count := map[string]int{}
	inSpan := map[string]bool{}
	dec := json.NewDecoder(r)
	for {
		var l line
		if err := dec.Decode(&l); err == io.EOF {
			break
		} else if err != nil {
			return nil, err
		}
		for i, tok := range l.Tokens {
			if !isLowerWord(tok) {
				continue
			}
			if i < len(l.Skill) && l.Skill[i] != "O" || i < len(l.Knowledge) && l.Knowledge[i] != "O" {
				inSpan[tok] = true
				continue
			}
			count[tok]++
		}
	}
	var words []string
	for w := range count {
		if !inSpan[w] {
			words = append(words, w)
		}
	}
	sort.Slice(words, func(i, j int) bool {
		if count[words[i]] != count[words[j]] {
			return count[words[i]] > count[words[j]]
		}
		return words[i] < words[j]
	})
	if len(words) > top {
		words = words[:top]
	}
	return words, nil
}

func isLowerWord(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// isCommon reports whether s, a single word, is a common word.
func isCommon(common map[string]bool, s string) bool {
	return !strings.ContainsAny(s, " ") && common[strings.ToLower(s)]
}

// readWords reads a word list, one word a line, keeping only lower-case
// words: capitalised entries are names ("Hadoop"), not common words.
func readWords(path string) (map[string]bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	words := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if w := strings.TrimSpace(sc.Text()); w != "" && w == strings.ToLower(w) && !strings.Contains(w, "'") {
			words[w] = true
		}
	}
	return words, sc.Err()
}
