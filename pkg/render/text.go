package render

import (
	"io"
)

func writeText(w io.Writer, v any, o Options) error { return unsupported(Text, v) }
