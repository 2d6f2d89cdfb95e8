package cli

// Writing reports. A report file is never truncated first and written in
// place: an interrupt, a full disk or a crash would leave an earlier good
// report half-overwritten. It is written to a temporary file in the same
// directory and renamed over the target (atomic within one file system)
// only once complete; a report cut short goes to FILE.partial instead,
// and a failed one is removed. Hand-written rather than a library
// (google/renameio): rank needs the temporary file's identity to keep it
// out of its own directory walk, and the .partial destination.

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"sync"
)

// partialSuffix is added to -o FILE for a report cut short.
const partialSuffix = ".partial"

// outputFile is -o FILE being written. Write errors are kept: the first
// one fails the commit.
type outputFile struct {
	name string    // FILE as given
	f    *os.File  // the temporary file, or FILE itself when direct
	w    io.Writer // f, or what a test put in front of it
	tmp  string    // the temporary file's path; "" when direct
	err  error
}

// outputWriter lets tests put a failing writer (a full disk) in front of
// the file.
var outputWriter = func(f *os.File) io.Writer { return f }

// createOutput starts writing name. An existing regular file keeps its
// permissions; a new one gets 0666 less the umask, as a shell redirect.
// A device or pipe (/dev/null, /dev/stdout) cannot be replaced and is
// written directly. A symlink is replaced by the report, not followed:
// the file it pointed to stays as it was.
func createOutput(name string) (*outputFile, error) {
	perm, chmod := fs.FileMode(0o666), false
	switch st, err := os.Stat(name); {
	case err == nil && st.IsDir():
		return nil, &outputError{name: name, err: errors.New("is a directory")}
	case err == nil && !st.Mode().IsRegular():
		f, err := os.OpenFile(name, os.O_WRONLY, 0)
		if err != nil {
			return nil, &outputError{name: name, err: err}
		}
		return &outputFile{name: name, f: f, w: outputWriter(f)}, nil
	case err == nil:
		perm, chmod = st.Mode().Perm(), true
	case !errors.Is(err, fs.ErrNotExist):
		return nil, &outputError{name: name, err: err}
	}
	dir, base := filepath.Split(name)
	for {
		tmp := filepath.Join(dir, "."+base+".atsmatch-"+strconv.FormatUint(rand.Uint64(), 36)+".tmp")
		f, err := os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, perm)
		if errors.Is(err, fs.ErrExist) {
			continue // another run's temporary file; 64 random bits make this rare
		}
		if err != nil {
			return nil, &outputError{name: name, err: err}
		}
		if chmod { // the umask may have narrowed what the old report had
			if err := f.Chmod(perm); err != nil {
				f.Close()
				os.Remove(tmp)
				return nil, &outputError{name: name, err: err}
			}
		}
		return &outputFile{name: name, f: f, w: outputWriter(f), tmp: tmp}, nil
	}
}

func (o *outputFile) Write(p []byte) (int, error) {
	if o.err != nil {
		return 0, o.err
	}
	n, err := o.w.Write(p)
	if err != nil {
		o.err = err
	}
	return n, err
}

// info is the identity of the file being written, for os.SameFile.
func (o *outputFile) info() fs.FileInfo {
	st, err := o.f.Stat()
	if err != nil {
		return nil
	}
	return st
}

// commit finishes the report: to FILE when complete, else to
// FILE.partial, and returns where it went. On any error the temporary
// file is removed and FILE is left as it was.
func (o *outputFile) commit(complete bool) (string, error) {
	if o.tmp == "" { // direct: there is nothing to rename
		err := o.err
		if cerr := o.f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return "", &outputError{name: o.name, err: err}
		}
		return o.name, nil
	}
	dest := o.name
	if !complete {
		dest += partialSuffix
	}
	err := o.err
	if err == nil {
		err = o.f.Sync()
	}
	if cerr := o.f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(o.tmp, dest)
	}
	if err != nil {
		os.Remove(o.tmp)
		return "", &outputError{name: o.name, err: err}
	}
	o.tmp = ""
	return dest, nil
}

// abort removes the temporary file of a report that is not committed; a
// no-op after commit.
func (o *outputFile) abort() {
	if o.tmp != "" {
		o.f.Close()
		os.Remove(o.tmp)
		o.tmp = ""
	}
}

// outputError is a report that could not be written (exit 4).
type outputError struct {
	name string // -o FILE, or "stdout"
	err  error
}

func (e *outputError) Error() string { return e.name + ": " + e.cause() }
func (e *outputError) Unwrap() error { return e.err }

// cause is the reason without the temporary file's path, which means
// nothing to the user.
func (e *outputError) cause() string {
	err := e.err
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		err = le.Err
	}
	return fmt.Sprintf("cannot write the report: %v", err)
}

// trackedWriter is stdout remembering its first write error, so that a
// report that did not reach stdout never passes for a success, whatever
// the command did with the error.
type trackedWriter struct {
	mu  sync.Mutex
	w   io.Writer
	err error
}

func (t *trackedWriter) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	n, err := t.w.Write(p)
	if err != nil && t.err == nil {
		t.err = err
	}
	return n, err
}

func (t *trackedWriter) failed() error {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.err
}
