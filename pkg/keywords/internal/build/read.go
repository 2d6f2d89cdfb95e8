package build

import (
	"io/fs"
	"sort"

	"github.com/atsmatch/atsmatch/pkg/keywords"
)

// ReadSources reads every *.yaml file at the top of fsys, sorted by name,
// for Build. The generator, the importer's test and TestEmbeddedIsCurrent share it so both see
// the same inputs.
func ReadSources(fsys fs.FS) ([]keywords.SourceFile, error) {
	names, err := fs.Glob(fsys, "*.yaml")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	files := make([]keywords.SourceFile, 0, len(names))
	for _, n := range names {
		b, err := fs.ReadFile(fsys, n)
		if err != nil {
			return nil, err
		}
		files = append(files, keywords.SourceFile{Name: n, Data: b})
	}
	return files, nil
}
