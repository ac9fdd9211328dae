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
	s := &Server{host: host, port: 80, timeout: 30 * time.Second, maxConn: 100}
	var errs []error
	for _, opt := range opts {
		if err := opt(s); err != nil {
			errs = append(errs, err)
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return s, nil
}

func (s *Server) String() string {
	scheme := "http"
	if s.tls {
		scheme = "https"
	}
	return fmt.Sprintf("%s://%s:%d (timeout %v, max %d)", scheme, s.host, s.port, s.timeout, s.maxConn)
}

func main() {
	s1, _ := NewServer("localhost")
	fmt.Println(s1)
	s2, err := NewServer("example.com", WithPort(8443), WithTLS(), WithTimeout(1500*time.Millisecond), WithMaxConn(5))
	fmt.Println(s2, err)
	_, err = NewServer("x", WithPort(-1), WithPort(70000))
	fmt.Println("error:")
	fmt.Println(err)

	defaults := []Option{WithTimeout(time.Minute), WithMaxConn(10)}
	s3, _ := NewServer("api", append(defaults, WithPort(9000))...)
	fmt.Printf("%v\n", s3)
}
