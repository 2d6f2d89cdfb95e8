//go:build race && corpus

package pdftext

// The race detector slows the walk 5-10×; per-file time limits scale by this.
func init() { raceScale = 5 }
