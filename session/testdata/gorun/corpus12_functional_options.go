package main

import (
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

func WithTLS() Option { return func(s *Server) { s.tls = true } }

func NewServer(host string, opts ...Option) *Server {
	s := &Server{host: host, port: 80, timeout: 30 * time.Second, maxConn: 100}
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

type Config struct {
	Name    string
	Retries int
	Tags    []string
}

type Builder struct {
	cfg  Config
	errs []error
}

func (b *Builder) Name(n string) *Builder {
	if n == "" {
		b.errs = append(b.errs, fmt.Errorf("empty name"))
	}
	b.cfg.Name = n
	return b
}

func (b *Builder) Retries(n int) *Builder {
	if n < 0 {
		b.errs = append(b.errs, fmt.Errorf("negative retries: %d", n))
	}
	b.cfg.Retries = n
	return b
}

func (b *Builder) Tag(t ...string) *Builder {
	b.cfg.Tags = append(b.cfg.Tags, t...)
	return b
}

func (b *Builder) Build() (Config, error) {
	if len(b.errs) > 0 {
		return Config{}, fmt.Errorf("%d errors, first: %w", len(b.errs), b.errs[0])
	}
	return b.cfg, nil
}

func main() {
	fmt.Println(NewServer("localhost"))
	fmt.Println(NewServer("example.com", WithPort(8443), WithTLS(), WithTimeout(5*time.Second)))
	opts := []Option{WithMaxConn(10)}
	if true {
		opts = append(opts, WithPort(9000))
	}
	s := NewServer("api", opts...)
	fmt.Printf("%v | %d %d\n", s, s.port, s.maxConn)

	cfg, err := new(Builder).Name("svc").Retries(3).Tag("a", "b").Tag("c").Build()
	fmt.Printf("%+v %v\n", cfg, err)
	cfg, err = (&Builder{}).Name("").Retries(-1).Build()
	fmt.Printf("%+v %v\n", cfg, err)
}
