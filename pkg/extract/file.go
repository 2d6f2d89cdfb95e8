package extract

// Reading a document by path. Only regular files are read: a FIFO blocks
// at open until some writer comes and at read until it writes, so a run
// given one (by name, by glob, in a directory, or swapped in after the
// check) would never end. Opening and reading also run under a deadline,
// for what no check can see (a stalled network mount).

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

// OpenRegular opens path for reading when it is a regular file (symlinks
// are followed) and returns it with its info. Other files fail with a
// *FileError wrapping ErrNotFound, ErrIsDir or ErrNotRegular.
//
// The name is checked before opening, so a FIFO is never opened by mistake,
// and the open file is checked again (fstat), so a file replaced by a FIFO
// between the two is refused too: the open itself does not block
// ([openFlags] has O_NONBLOCK where it exists).
func OpenRegular(path string) (*os.File, fs.FileInfo, error) {
	st, err := os.Stat(path)
	if err == nil {
		err = regular(st)
	}
	if err != nil {
		return nil, nil, fileErr(path, err)
	}
	return openChecked(path)
}

// openChecked opens path without blocking and refuses it unless the open
// file is regular: what was checked by name may have been swapped since.
func openChecked(path string) (*os.File, fs.FileInfo, error) {
	f, err := os.OpenFile(path, openFlags, 0)
	if err != nil {
		return nil, nil, fileErr(path, err)
	}
	st, err := f.Stat()
	if err == nil {
		err = regular(st)
	}
	if err != nil {
		f.Close()
		return nil, nil, fileErr(path, err)
	}
	return f, st, nil
}

// regular is nil for a regular file, else the error class that says why not.
func regular(st fs.FileInfo) error {
	switch {
	case st.Mode().IsRegular():
		return nil
	case st.IsDir():
		return ErrIsDir
	default:
		return ErrNotRegular
	}
}

// fileErr names path and maps a missing file to ErrNotFound.
func fileErr(path string, err error) error {
	if errors.Is(err, fs.ErrNotExist) {
		err = ErrNotFound
	}
	return &FileError{Name: path, Err: err}
}

// ReadFile loads a regular file into a Source, refusing directories, pipes,
// devices and files over maxBytes with a *FileError. maxBytes <= 0 means
// DefaultLimits().MaxBytes. It has no deadline; [ReadFileContext] has.
func ReadFile(path string, maxBytes int64) (Source, error) {
	if maxBytes <= 0 {
		maxBytes = DefaultLimits().MaxBytes
	}
	f, st, err := OpenRegular(path)
	if err != nil {
		return Source{}, err
	}
	defer f.Close()
	fail := func(err error) (Source, error) { return Source{}, &FileError{Name: path, Err: err} }
	if st.Size() > maxBytes {
		return fail(fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, st.Size(), maxBytes))
	}
	// Read into a buffer of the size Stat gave (io.ReadAll would grow one
	// by doubling: twice a 64 MB file's memory at worst); the file may grow
	// after Stat, so read one byte past the cap.
	buf := bytes.NewBuffer(make([]byte, 0, st.Size()+bytes.MinRead))
	_, err = buf.ReadFrom(io.LimitReader(f, maxBytes+1))
	if err != nil {
		return fail(err)
	}
	data := buf.Bytes()
	if int64(len(data)) > maxBytes {
		return fail(fmt.Errorf("%w: over %d bytes", ErrTooLarge, maxBytes))
	}
	return Source{Name: path, Data: data}, nil
}

// ReadFileContext is [ReadFile] under lim.MaxBytes and a deadline: it
// returns an ErrTimeout *FileError when lim.Timeout passes or ctx is done
// first. A zero lim means [DefaultLimits]. An open or read stuck in the
// kernel cannot be stopped; its goroutine is left to finish (and close the
// file) on its own, and the caller goes on.
func ReadFileContext(ctx context.Context, path string, lim Limits) (Source, error) {
	if lim == (Limits{}) {
		lim = DefaultLimits()
	}
	if err := ctx.Err(); err != nil {
		return Source{}, &FileError{Name: path, Err: ctxErr(ctx)}
	}
	if lim.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, lim.Timeout)
		defer cancel()
	}
	type result struct {
		src Source
		err error
	}
	ch := make(chan result, 1) // buffered: a late reader does not block
	go func() {
		src, err := ReadFile(path, lim.MaxBytes)
		ch <- result{src, err}
	}()
	select {
	case r := <-ch:
		return r.src, r.err
	case <-ctx.Done():
		return Source{}, &FileError{Name: path, Err: ctxErr(ctx)}
	}
}
