//go:build race && corpus

package extract

// The race detector slows reading 5-10×; per-file time limits scale by this.
func init() { raceScale = 5 }
