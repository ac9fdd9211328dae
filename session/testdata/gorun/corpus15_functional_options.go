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
	return func(s *Server) error {
		s.tags = append(s.tags, tags...)
		return nil
	}
}

func NewServer(host string, opts ...Option) (*Server, error) {
	s := &Server{host: host, port: 8080, timeout: 30 * time.Second, maxConn: 100}
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
	return fmt.Sprintf("%s://%s:%d (timeout %v, max %d, tags %v)", scheme, s.host, s.port, s.timeout, s.maxConn, s.tags)
}

type Config struct {
	Retries int
	Backoff time.Duration
}

type ConfigOption interface{ apply(*Config) }

type retries int

func (r retries) apply(c *Config) { c.Retries = int(r) }

type backoff time.Duration

func (b backoff) apply(c *Config) { c.Backoff = time.Duration(b) }

func NewConfig(opts ...ConfigOption) Config {
	c := Config{Retries: 1, Backoff: time.Second}
	for _, o := range opts {
		o.apply(&c)
	}
	return c
}

func main() {
	s, err := NewServer("localhost")
	fmt.Println(s, err)
	s, err = NewServer("example.com", WithPort(443), WithTLS(), WithTimeout(5*time.Second), WithTags("a", "b"), WithTags("c"))
	fmt.Println(s, err)
	s, err = NewServer("bad", WithPort(0), WithPort(70000))
	fmt.Println(s == nil, err)
	defaults := []Option{WithPort(9000)}
	opts := append(defaults, WithTLS())
	s, _ = NewServer("x", opts...)
	fmt.Println(s.String())
	fmt.Printf("%+v\n", NewConfig())
	fmt.Printf("%+v\n", NewConfig(retries(5), backoff(250*time.Millisecond)))
}
