package main

import (
	"errors"
	"fmt"
	"time"
)

type Server struct {
	host    string
	port    int
	timeout time.Duration
	maxConn int
	tls     bool
}

type Option func(*Server) error

func WithPort(p int) Option {
	return func(s *Server) error {
		if p <= 0 || p > 65535 {
			return fmt.Errorf("invalid port %d", p)
		}
		s.port = p
		return nil
	}
}

func WithTimeout(d time.Duration) Option {
	return func(s *Server) error {
		s.timeout = d
		return nil
	}
}

func WithMaxConn(n int) Option {
	return func(s *Server) error {
		if n < 1 {
			return errors.New("max connections must be positive")
		}
		s.maxConn = n
		return nil
	}
}

func WithTLS() Option {
	return func(s *Server) error {
		s.tls = true
		return nil
	}
}

func NewServer(host string, opts ...Option) (*Server, error) {
	s := &Server{host: host, port: 8080, timeout: 30 * time.Second, maxConn: 100}
	for _, opt := range opts {
		if err := opt(s); err != nil {
			return nil, fmt.Errorf("new server: %w", err)
		}
	}
	return s, nil
}

func (s *Server) String() string {
	scheme := "http"
	if s.tls {
		scheme = "https"
	}
	return fmt.Sprintf("%s://%s:%d (timeout=%v, maxConn=%d)", scheme, s.host, s.port, s.timeout, s.maxConn)
}

func main() {
	s1, _ := NewServer("localhost")
	fmt.Println(s1)

	s2, err := NewServer("example.com", WithPort(443), WithTLS(), WithTimeout(5*time.Second))
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println(s2)

	_, err = NewServer("bad", WithPort(70000))
	fmt.Println("error:", err)

	_, err = NewServer("bad", WithMaxConn(0))
	fmt.Println("error:", err)

	defaults := []Option{WithPort(9000), WithMaxConn(10)}
	s3, _ := NewServer("internal", append(defaults, WithTLS())...)
	fmt.Println(s3)
}
