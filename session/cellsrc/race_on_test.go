//go:build race

package cellsrc

// raceEnabled: the race detector's run checks the package's concurrency
// (none of the lowering's), not the corpus again, which the plain run
// covers whole at a tenth of the time.
const raceEnabled = true
