package main

import (
	"fmt"
	"time"
)

type Server struct {
	host     string
	port     int
	timeout  time.Duration
	maxConns int
	tls      bool
}

type Option func(*Server)

func WithPort(p int) Option {
	return func(s *Server) { s.port = p }
}

func WithTimeout(d time.Duration) Option {
	return func(s *Server) { s.timeout = d }
}

func WithMaxConns(n int) Option {
	return func(s *Server) { s.maxConns = n }
}

func WithTLS() Option {
	return func(s *Server) { s.tls = true }
}

func NewServer(host string, opts ...Option) *Server {
	s := &Server{
		host:     host,
		port:     8080,
		timeout:  30 * time.Second,
		maxConns: 100,
	}
	for _, opt := range opts {
		opt(s)
	}
	return s
}

func (s *Server) Addr() string {
	scheme := "http"
	if s.tls {
		scheme = "https"
	}
	return fmt.Sprintf("%s://%s:%d", scheme, s.host, s.port)
}

func main() {
	s1 := NewServer("localhost")
	fmt.Println(s1.Addr(), s1.timeout, s1.maxConns)
	fmt.Printf("%+v\n", *s1)

	s2 := NewServer("example.com", WithPort(443), WithTLS(), WithTimeout(5*time.Second))
	fmt.Println(s2.Addr(), s2.timeout, s2.maxConns)

	opts := []Option{WithMaxConns(10)}
	if true {
		opts = append(opts, WithPort(9000))
	}
	s3 := NewServer("10.0.0.1", opts...)
	fmt.Printf("%+v\n", *s3)
	fmt.Printf("%T\n", WithTLS())
}
