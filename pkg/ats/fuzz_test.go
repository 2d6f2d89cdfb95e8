package ats

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/atsmatch/atsmatch/pkg/extract"
)

// FuzzMatch: any resume bytes give a result or a *FileError, never a panic
// (which New/analyse would report as an "internal error") and never a
// result that breaks the report invariants.
func FuzzMatch(f *testing.F) {
	a, err := New(Options{})
	if err != nil {
		f.Fatal(err)
	}
	job, resume := pair(f, "dotnet-strong")
	f.Add(resume.Data)
	f.Add([]byte("C# C++ .NET Node.js CI/CD R&D go to market\n\n\n"))
	f.Add([]byte("%PDF-1.4\n1 0 obj\n<< >>\nendobj\n"))
	f.Add([]byte("PK\x03\x04garbage"))
	f.Add([]byte("<html><body><li>Go</li><li>Kubernetes</li></body></html>"))
	f.Add([]byte("\xff\xfe\x00S\x00Q\x00L"))
	ctx := context.Background()
	j, err := a.PrepareJob(ctx, job)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		res, err := a.MatchJob(ctx, j, extract.Source{Name: "cv", Data: data})
		if err != nil {
			var fe *extract.FileError
			if !errors.As(err, &fe) || strings.Contains(err.Error(), "internal error") {
				t.Fatalf("MatchJob(%q): %v; want a result or a *FileError", data, err)
			}
			return
		}
		checkInvariants(t, res)
	})
}
