package notebook

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// FuzzParse checks that Parse never panics and that whatever it accepts
// can be written and reads back to the same bytes: after one Marshal the
// form is fixed.
func FuzzParse(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join("testdata", "*.ipynb"))
	for _, path := range seeds {
		if data, err := os.ReadFile(path); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte(`{"nbformat": 4, "nbformat_minor": 2, "cells": [{"cell_type": "markdown", "source": ["a\n", "b"]}]}`))
	f.Add([]byte(`{"nbformat": 4, "metadata": {"kernelspec": {"name": "gogil", "display_name": "Go"}, "x": 1e400}, "cells": []}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		nb, err := Parse(data)
		if err != nil {
			return
		}
		first, err := Marshal(nb)
		if err != nil {
			return // e.g. a cell whose type is set to something unknown later
		}
		again, err := Parse(first)
		if err != nil {
			t.Fatalf("Parse rejects what Marshal wrote: %v\n%s", err, first)
		}
		second, err := Marshal(again)
		if err != nil {
			t.Fatalf("Marshal fails on a re-read notebook: %v", err)
		}
		if !bytes.Equal(first, second) {
			t.Fatalf("not stable:\n%s\n---\n%s", first, second)
		}
	})
}
