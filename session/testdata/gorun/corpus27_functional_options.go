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

type Option func(*Server)

func WithPort(p int) Option {
	return func(s *Server) { s.port = p }
}

func WithTimeout(d time.Duration) Option {
	return func(s *Server) { s.timeout = d }
}

func WithMaxConn(n int) Option {
	return func(s *Server) { s.maxConn = n }
}

func WithTLS() Option {
	return func(s *Server) { s.tls = true }
}

func NewServer(host string, opts ...Option) *Server {
	s := &Server{host: host, port: 8080, timeout: 30 * time.Second, maxConn: 100}
	for _, opt := range opts {
		opt(s)
	}
	return s
}

func (s *Server) String() string {
	scheme := "http"
	if s.tls {
		scheme = "https"
	}
	return fmt.Sprintf("%s://%s:%d (timeout=%v, maxConn=%d)", scheme, s.host, s.port, s.timeout, s.maxConn)
}

// Options that can fail.
type ErrOption func(*Server) error

func Port(p int) ErrOption {
	return func(s *Server) error {
		if p <= 0 || p > 65535 {
			return fmt.Errorf("invalid port %d", p)
		}
		s.port = p
		return nil
	}
}

var ErrNoHost = errors.New("empty host")

func New(host string, opts ...ErrOption) (*Server, error) {
	if host == "" {
		return nil, ErrNoHost
	}
	s := &Server{host: host, port: 80}
	for _, o := range opts {
		if err := o(s); err != nil {
			return nil, fmt.Errorf("new server: %w", err)
		}
	}
	return s, nil
}

func main() {
	fmt.Println(NewServer("localhost"))
	fmt.Println(NewServer("example.com", WithPort(443), WithTLS(), WithTimeout(5*time.Second)))
	defaults := []Option{WithMaxConn(10), WithTimeout(time.Minute + 30*time.Second)}
	fmt.Println(NewServer("api", append(defaults, WithPort(9000))...))

	if _, err := New("x", Port(70000)); err != nil {
		fmt.Println("error:", err)
	}
	_, err := New("")
	fmt.Println(errors.Is(err, ErrNoHost), err)
	s, err := New("ok", Port(8443))
	fmt.Printf("%v %v\n", s, err)
}
