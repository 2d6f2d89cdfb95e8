package keywords

import (
	"io/fs"
	"sort"
)

// ReadSources reads every *.yaml file at the top of fsys, sorted by name,
// for Build. The generator and TestEmbeddedIsCurrent share it so both see
// the same inputs.
func ReadSources(fsys fs.FS) ([]SourceFile, error) {
	names, err := fs.Glob(fsys, "*.yaml")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	files := make([]SourceFile, 0, len(names))
	for _, n := range names {
		b, err := fs.ReadFile(fsys, n)
		if err != nil {
			return nil, err
		}
		files = append(files, SourceFile{Name: n, Data: b})
	}
	return files, nil
}
