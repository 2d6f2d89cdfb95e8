package pdftext

import (
	"context"
	"fmt"
)

func extract(ctx context.Context, data []byte, opt Options) (*Result, error) {
	return nil, fmt.Errorf("%w: not built yet", ErrMalformed)
}
