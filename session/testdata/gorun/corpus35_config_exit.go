package main

import (
	"fmt"
	"net/netip"
	"net/url"
	"os"
	"strings"
)

type Config struct {
	Endpoint string
	Listen   string
	Allow    []string
}

func validate(c Config) []error {
	var errs []error
	u, err := url.Parse(c.Endpoint)
	if err != nil {
		errs = append(errs, fmt.Errorf("endpoint: %w", err))
	} else if u.Scheme != "https" {
		errs = append(errs, fmt.Errorf("endpoint: scheme %q is not https", u.Scheme))
	}
	if _, err := netip.ParseAddrPort(c.Listen); err != nil {
		errs = append(errs, fmt.Errorf("listen: %v", err))
	}
	for _, a := range c.Allow {
		if _, err := netip.ParsePrefix(a); err != nil {
			errs = append(errs, fmt.Errorf("allow %q: bad prefix", a))
		}
	}
	return errs
}

func main() {
	good := Config{"https://api.example.com/v2", "0.0.0.0:8080", []string{"10.0.0.0/8", "::1/128"}}
	bad := Config{"http://api.example.com", "localhost:80", []string{"10.0.0.0/8", "300.1.1.0/24", "fe80::/10"}}
	failed := 0
	for i, c := range []Config{good, bad} {
		errs := validate(c)
		if len(errs) == 0 {
			fmt.Printf("config %d: ok\n", i)
			continue
		}
		failed++
		msgs := make([]string, len(errs))
		for j, e := range errs {
			msgs[j] = e.Error()
		}
		fmt.Printf("config %d: %d problems\n  %s\n", i, len(errs), strings.Join(msgs, "\n  "))
	}
	if failed > 0 {
		defer fmt.Println("deferred: never printed")
		fmt.Println("exiting with status", failed+1)
		os.Exit(failed + 1)
	}
}
