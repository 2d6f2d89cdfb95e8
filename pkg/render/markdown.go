package render

import (
	"io"
)

func writeMarkdown(w io.Writer, v any, o Options) error { return unsupported(Markdown, v) }
