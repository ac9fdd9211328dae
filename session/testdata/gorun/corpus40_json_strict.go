package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type ServerConfig struct {
	Listen   string   `json:"listen"`
	Workers  int      `json:"workers"`
	Backends []string `json:"backends"`
	TLS      *struct {
		Cert string `json:"cert"`
		Key  string `json:"key"`
	} `json:"tls,omitempty"`
}

func load(src string, strict bool) (ServerConfig, error) {
	cfg := ServerConfig{Listen: ":8080", Workers: 4}
	dec := json.NewDecoder(strings.NewReader(src))
	if strict {
		dec.DisallowUnknownFields()
	}
	if err := dec.Decode(&cfg); err != nil {
		return cfg, fmt.Errorf("load config: %w", err)
	}
	if dec.More() {
		return cfg, fmt.Errorf("load config: trailing data")
	}
	return cfg, nil
}

func main() {
	srcs := []string{
		`{"workers": 8, "backends": ["a:1", "b:2"]}`,
		`{"listen": ":9090", "wrokers": 2}`,
		`{"tls": {"cert": "c.pem", "key": "k.pem", "ca": "x"}}`,
		`{"workers": 1} {"workers": 2}`,
		`{"LISTEN": ":7070"}`,
	}
	for i, s := range srcs {
		for _, strict := range []bool{false, true} {
			cfg, err := load(s, strict)
			tls := "none"
			if cfg.TLS != nil {
				tls = cfg.TLS.Cert
			}
			fmt.Printf("%d strict=%-5v listen=%s workers=%d backends=%v tls=%s err=%v\n",
				i, strict, cfg.Listen, cfg.Workers, cfg.Backends, tls, err)
		}
	}
}
