package match

import (
	"sync"

	"github.com/atsmatch/atsmatch/pkg/keywords"
)

var (
	defaultOnce   sync.Once
	sharedMatcher *Matcher
	defaultErr    error
)

// Default returns the Matcher of the embedded dictionary, compiled once:
// a Matcher is read-only after Compile, so every caller in the process
// (each Analyzer, each watch-mode rescore) can share it.
func Default() (*Matcher, error) {
	defaultOnce.Do(func() {
		d, err := keywords.Default()
		if err != nil {
			defaultErr = err
			return
		}
		sharedMatcher, defaultErr = Compile(d)
	})
	return sharedMatcher, defaultErr
}
