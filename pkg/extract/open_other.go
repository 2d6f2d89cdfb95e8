//go:build !unix

package extract

import "os"

// openFlags: without O_NONBLOCK, OpenRegular relies on its check before
// opening to keep pipes and devices out.
const openFlags = os.O_RDONLY
