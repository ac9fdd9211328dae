//go:build race

package session

// raceEnabled lets tests skip what races inside yaegi itself: on cancel,
// ExecuteWithContext writes its results while its own goroutine still does.
const raceEnabled = true
