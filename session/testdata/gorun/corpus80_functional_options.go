package main

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

type Server struct {
	host     string
	port     int
	timeout  time.Duration
	maxConns int
	tls      bool
	tags     []string
	logf     func(format string, args ...any)
}

type Option func(*Server) error

func WithPort(p int) Option {
	return func(s *Server) error {
		if p <= 0 || p > 65535 {
			return fmt.Errorf("bad port %d", p)
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

func WithLogger(lines *[]string) Option {
	return func(s *Server) error {
		s.logf = func(format string, args ...any) {
			*lines = append(*lines, fmt.Sprintf(format, args...))
		}
		return nil
	}
}

// Compose bundles several options into one.
func Compose(opts ...Option) Option {
	return func(s *Server) error {
		for _, o := range opts {
			if err := o(s); err != nil {
				return err
			}
		}
		return nil
	}
}

var ErrNoHost = errors.New("no host")

func NewServer(host string, opts ...Option) (*Server, error) {
	if host == "" {
		return nil, ErrNoHost
	}
	s := &Server{host: host, port: 80, timeout: 30 * time.Second, maxConns: 100,
		logf: func(string, ...any) {}}
	for i, opt := range opts {
		if err := opt(s); err != nil {
			return nil, fmt.Errorf("option %d: %w", i, err)
		}
	}
	s.logf("server %s ready", s.host)
	return s, nil
}

func (s *Server) String() string {
	scheme := "http"
	if s.tls {
		scheme = "https"
	}
	return fmt.Sprintf("%s://%s:%d timeout=%v conns=%d tags=[%s]",
		scheme, s.host, s.port, s.timeout, s.maxConns, strings.Join(s.tags, ","))
}

// The interface flavour of options, as in gRPC.
type DialOption interface{ apply(*dialCfg) }

type dialCfg struct {
	retries int
	agent   string
}

type retries int

func (r retries) apply(c *dialCfg) { c.retries = int(r) }

type agentOpt struct{ name string }

func (a agentOpt) apply(c *dialCfg) { c.agent = a.name }

type funcOpt func(*dialCfg)

func (f funcOpt) apply(c *dialCfg) { f(c) }

func Dial(opts ...DialOption) dialCfg {
	c := dialCfg{retries: 1, agent: "default"}
	for _, o := range opts {
		o.apply(&c)
	}
	return c
}

func main() {
	var log []string
	s, err := NewServer("example.com")
	fmt.Println(s, err)
	s, err = NewServer("api.local", WithPort(8443), WithTLS(),
		WithTags("a", "b"), WithTimeout(1500*time.Millisecond), WithLogger(&log))
	fmt.Println(s, err)
	prod := Compose(WithTLS(), WithPort(443), WithTags("prod"))
	s, err = NewServer("prod.example", prod, WithTags("eu"), WithLogger(&log))
	fmt.Printf("%v %v\n", s, err)
	_, err = NewServer("x", WithTLS(), WithPort(70000))
	fmt.Println(err)
	_, err = NewServer("")
	fmt.Println(err, errors.Is(err, ErrNoHost))
	fmt.Println(strings.Join(log, " | "))

	fmt.Printf("%+v\n", Dial())
	fmt.Printf("%+v\n", Dial(retries(5), agentOpt{"curl"}))
	fmt.Printf("%+v\n", Dial(funcOpt(func(c *dialCfg) { c.agent += "!" }), retries(0)))
	opts := []DialOption{retries(2), agentOpt{"wget"}, funcOpt(func(c *dialCfg) { c.retries *= 10 })}
	for _, o := range opts {
		fmt.Printf("%T ", o)
	}
	fmt.Println()
	fmt.Printf("%+v\n", Dial(opts...))
}
