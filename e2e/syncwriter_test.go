package e2e

import (
	"github.com/gogil/gogil/internal/client"
	"io"
	"sync"
)

// syncWriter serializes writes from the kernel's stdout and stderr copiers.
type syncWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (s *syncWriter) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.Write(p)
}

func clientOpts() client.ExecuteOptions { return client.ExecuteOptions{} }
