//go:build !linux

package native

// releaseLoaded gives back a loaded plugin's clean pages where the system
// lets us find them (Linux); elsewhere they stay until memory pressure.
func releaseLoaded(so string) {}
