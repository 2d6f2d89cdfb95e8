//go:build unix

package extract

import (
	"os"
	"syscall"
)

// openFlags opens without blocking: opening a FIFO that no one writes to
// would otherwise wait for a writer before OpenRegular can refuse it.
// Reading a regular file ignores O_NONBLOCK.
const openFlags = os.O_RDONLY | syscall.O_NONBLOCK
