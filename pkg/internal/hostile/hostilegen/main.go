// Command hostilegen writes the three inputs of the reliability issue (13)
// to a directory, to measure the built binary on them:
//
//	go run ./pkg/internal/hostile/hostilegen -out /tmp/hostile
//	/usr/bin/time -v bin/atsmatch match --job testdata/examples/job-backend.txt /tmp/hostile/skill.txt
package main

import (
	"flag"
	"log"
	"os"
	"path/filepath"

	"github.com/atsmatch/atsmatch/pkg/internal/hostile"
)

func main() {
	out := flag.String("out", "hostile", "directory to write the files to")
	flag.Parse()
	if err := os.MkdirAll(*out, 0o755); err != nil {
		log.Fatal(err)
	}
	files := map[string][]byte{
		"skill.txt":    hostile.Text(63<<20, "Kubernetes"),
		"inflate.docx": hostile.DOCX(63<<20, "Kubernetes"),
		"forms.pdf":    hostile.NestedForms(12, 10, "Kubernetes"),
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(*out, name), data, 0o644); err != nil {
			log.Fatal(err)
		}
	}
}
