// Command atsmatch scores how well a resume matches a job description, the
// way an applicant tracking system reads them. See README.md.
package main

import (
	"os"

	"github.com/atsmatch/atsmatch/pkg/cli"
)

func main() {
	os.Exit(cli.Main(os.Args[1:], cli.System()))
}
