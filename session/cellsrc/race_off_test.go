//go:build !race

package cellsrc

const raceEnabled = false
