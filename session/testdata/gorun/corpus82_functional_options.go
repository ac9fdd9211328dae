package main

import (
	"fmt"
	"strings"
	"time"
)

type Server struct {
	host    string
	port    int
	timeout time.Duration
	tls     bool
	tags    []string
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
	return func(s *Server) error { s.timeout = d; return nil }
}

func WithTLS() Option { return func(s *Server) error { s.tls = true; return nil } }

func WithTags(tags ...string) Option {
	return func(s *Server) error { s.tags = append(s.tags, tags...); return nil }
}

func NewServer(host string, opts ...Option) (*Server, error) {
	s := &Server{host: host, port: 80, timeout: 30 * time.Second}
	for _, o := range opts {
		if err := o(s); err != nil {
			return nil, fmt.Errorf("new server %s: %w", host, err)
		}
	}
	return s, nil
}

func (s *Server) String() string {
	scheme := "http"
	if s.tls {
		scheme = "https"
	}
	return fmt.Sprintf("%s://%s:%d (timeout %v, tags %s)", scheme, s.host, s.port, s.timeout, strings.Join(s.tags, ","))
}

func main() {
	s1, _ := NewServer("localhost")
	fmt.Println(s1)
	s2, _ := NewServer("example.com", WithPort(8443), WithTLS(), WithTimeout(1500*time.Millisecond), WithTags("prod", "eu"))
	fmt.Println(s2)
	_, err := NewServer("bad", WithPort(70000))
	fmt.Println("error:", err)
	opts := []Option{WithTags("a")}
	opts = append(opts, WithTags("b", "c"))
	s3, _ := NewServer("multi", opts...)
	fmt.Printf("%v|%s|%d\n", s3, s3.tags, len(s3.tags))
}
