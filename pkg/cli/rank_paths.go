package cli

// What rank reads: the --files-from list, the resume paths expanded, and
// the check that -o FILE is none of its inputs.

import (
	"bufio"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/atsmatch/atsmatch/pkg/extract"
)

// rankPath is one resume to read, or why it cannot be.
type rankPath struct {
	path string
	err  error // set when expansion already failed (unreadable directory)
}

// rankInputs are the paths a rank run reads, which -o FILE must be none of
// (openOutput). A directory walk or a glob that reaches FILE is not
// refused; expandPaths leaves FILE out.
func rankInputs(opts *RankOptions, listed []string) []namedInput {
	var inputs []namedInput
	for _, j := range opts.Jobs {
		inputs = append(inputs, namedInput{"--job ", j})
	}
	for _, p := range opts.Paths {
		inputs = append(inputs, namedInput{"the resume ", p})
	}
	for _, p := range listed {
		inputs = append(inputs, namedInput{"the resume (--files-from) ", p})
	}
	inputs = append(inputs, namedInput{"--files-from ", opts.FilesFrom})
	for _, d := range opts.Dicts {
		inputs = append(inputs, namedInput{"--dict ", d})
	}
	return inputs
}

// namedInput is a path a run reads, with how the user gave it ("--job ").
type namedInput struct{ flag, path string }

// refuseOutputInput is a usage error when output is the same file as one
// of inputs (by file identity).
func refuseOutputInput(output string, inputs []namedInput) error {
	target, err := os.Stat(output)
	if err != nil || !target.Mode().IsRegular() {
		return nil // a new file is no input; a device is never replaced
	}
	for _, in := range inputs {
		if in.path == "" || in.path == "-" {
			continue
		}
		if st, err := os.Stat(in.path); err == nil && os.SameFile(st, target) {
			return usagef("-o %s is the same file as %s%s: the report would overwrite it; write it to another file", output, in.flag, in.path)
		}
	}
	return nil
}

// readPathList reads paths one a line from name ("-" for stdin); blank lines
// and lines starting with # are skipped.
func readPathList(s *Streams, name string) ([]string, error) {
	var r io.Reader = s.In
	if name != "-" {
		f, _, err := extract.OpenRegular(name) // a FIFO would block; "-" reads a pipe
		if err != nil {
			return nil, usagef("--files-from: %v", err)
		}
		defer f.Close()
		r = f
	}
	var out []string
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		line := strings.TrimSpace(strings.TrimSuffix(sc.Text(), "\r"))
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, line)
	}
	if err := sc.Err(); err != nil {
		return nil, usagef("--files-from %s: %v", name, err)
	}
	return out, nil
}

// expandPaths turns arguments into resume files, in argument order:
// directories are walked (lexical order, hidden entries skipped, only
// extract.Extensions), globs the shell left alone are expanded, and anything else
// is kept as is, so a missing file or a pipe becomes an error row that names
// it. A file reached twice is listed once. A file the walk or a glob reaches
// that is the same file as one in skip (the jobs, the report) is left out.
//
// An argument is followed wherever it points (a symlinked directory is
// walked). Inside a walk, a symbolic link is followed when its target lies
// in the same tree; one that leaves it is not, unless follow (--follow),
// and is returned in left, to be named in a warning: a link out of
// resumes/ can reach any file of the machine. Every directory is walked
// once, so a link loop ends.
func expandPaths(args []string, skip []fs.FileInfo, follow bool) (paths []rankPath, left []string) {
	e := &expansion{skip: skip, follow: follow, exts: extract.Extensions(), seen: map[string]bool{}, dirs: map[string]bool{}}
	for _, arg := range args {
		matches, globbed := glob(arg)
		for _, m := range matches {
			st, err := os.Stat(m)
			switch {
			case err == nil && st.IsDir():
				e.walk(m)
			case !globbed || !e.skipped(m):
				e.add(rankPath{path: m})
			}
		}
	}
	return e.out, e.left
}

// glob expands arg when it is a pattern the shell left alone (no file has
// that very name) that matches something; else arg is kept as given.
func glob(arg string) (matches []string, globbed bool) {
	if _, err := os.Lstat(arg); err != nil && strings.ContainsAny(arg, "*?[") {
		if m, err := filepath.Glob(arg); err == nil && len(m) > 0 {
			return m, true
		}
	}
	return []string{arg}, false
}

// expansion is expandPaths' state: the paths so far, each once.
type expansion struct {
	skip   []fs.FileInfo
	follow bool
	exts   []string
	seen   map[string]bool // paths listed
	dirs   map[string]bool // directories walked, by real path
	out    []rankPath
	left   []string // links out of their tree, not followed
}

func (e *expansion) add(p rankPath) {
	key := filepath.Clean(p.path)
	if e.seen[key] {
		return
	}
	e.seen[key] = true
	e.out = append(e.out, p)
}

// skipped reports whether p is the same file as one in skip.
func (e *expansion) skipped(p string) bool {
	if len(e.skip) == 0 {
		return false
	}
	st, err := os.Stat(p)
	return err == nil && slices.ContainsFunc(e.skip, func(s fs.FileInfo) bool { return os.SameFile(s, st) })
}

// walk adds the resumes under dir, the tree whose links may be followed.
func (e *expansion) walk(dir string) {
	root, err := realPath(dir)
	if err != nil {
		e.add(rankPath{path: dir, err: &extract.FileError{Name: dir, Err: err}})
		return
	}
	e.walkDir(dir, root)
}

// walkDir adds the resumes in dir and below; an entry that cannot be read
// becomes an error row naming it.
func (e *expansion) walkDir(dir, root string) {
	if e.skipped(dir) { // --html-dir
		return
	}
	if real, err := realPath(dir); err == nil {
		if e.dirs[real] {
			return // reached again through a link
		}
		e.dirs[real] = true
	}
	ents, err := os.ReadDir(dir) // sorted by name
	if err != nil {
		e.add(rankPath{path: dir, err: &extract.FileError{Name: dir, Err: err}})
	}
	for _, d := range ents {
		p := filepath.Join(dir, d.Name())
		if strings.HasPrefix(d.Name(), ".") {
			continue
		}
		isDir := d.IsDir()
		if d.Type()&fs.ModeSymlink != 0 {
			target, err := realPath(p)
			if err != nil {
				e.addDoc(p) // dangling: reading it says so in a row
				continue
			}
			st, err := os.Stat(p)
			isDir = err == nil && st.IsDir()
			if !e.follow && !within(target, root) {
				if isDir || e.isDoc(p) {
					e.left = append(e.left, p)
				}
				continue
			}
		}
		if isDir {
			e.walkDir(p, root)
			continue
		}
		e.addDoc(p)
	}
}

// addDoc adds p when its name is a document's and it is not skipped. A
// pipe or device is kept: reading refuses it in an error row that names
// it, where skipping it would hide it.
func (e *expansion) addDoc(p string) {
	if e.isDoc(p) && !e.skipped(p) {
		e.add(rankPath{path: p})
	}
}

func (e *expansion) isDoc(p string) bool {
	return slices.Contains(e.exts, strings.ToLower(filepath.Ext(p)))
}

// realPath is p with every link resolved, absolute.
func realPath(p string) (string, error) {
	r, err := filepath.EvalSymlinks(p)
	if err != nil {
		return "", err
	}
	return filepath.Abs(r)
}

// within reports whether path is root or lies below it (both real paths).
func within(path, root string) bool {
	rel, err := filepath.Rel(root, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}
