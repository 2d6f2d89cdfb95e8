//go:build corpus

package pdftext

// raceScale multiplies per-file time limits; race_on_test.go raises it.
var raceScale = 1
