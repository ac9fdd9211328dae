package session

import (
	"fmt"
	"strings"

	"github.com/traefik/yaegi/interp"
)

// Use gives later cells more native packages, after the session started:
// compiled cells (package native) arrive one by one. It runs on the worker,
// as every yaegi call must, and adds the tables completion and inspection
// read.
func (s *Session) Use(pkgs interp.Exports) error {
	// Compiled code may hold timers no goroutine dump shows.
	s.mayWake.Store(true)
	return s.do(func() error {
		if err := s.interp.Use(pkgs); err != nil {
			return fmt.Errorf("session: load packages: %w", err)
		}
		s.mu.Lock()
		defer s.mu.Unlock()
		for key, syms := range pkgs {
			slash := strings.LastIndex(key, "/")
			if slash < 0 {
				continue
			}
			s.pkgNames[key[:slash]] = key[slash+1:]
			s.symbols[key[:slash]] = syms
		}
		return nil
	})
}
