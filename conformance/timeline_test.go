package conformance_test

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"image/png"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/gogil/gogil/internal/testkit"
)

// TestNbconvertHTMLShowsTheTimeline exports an executed %%timeline cell
// to HTML with Debian's nbconvert, whose sanitiser leaves an SVG output an
// empty box: the page must carry the PNG of the same picture.
func TestNbconvertHTMLShowsTheTimeline(t *testing.T) {
	python := testkit.RequireJupyter(t, "nbconvert")
	jupyter := testkit.NewJupyter(t, testkit.Binary(t))
	source := "%%timeline\n%%gil\nt1 := threading.Thread(workloads.FibonacciGIL, uint64(2_000_000))\n" +
		"t2 := threading.Thread(workloads.FibonacciNoGIL, uint64(2_000_000))\nt1.Start()\nt2.Start()\nt1.Join()\nt2.Join()"
	nb := map[string]any{
		"nbformat": 4, "nbformat_minor": 5,
		"metadata": map[string]any{"kernelspec": map[string]any{"name": "gogil", "display_name": "Go (gogil)", "language": "go"}},
		"cells": []any{map[string]any{
			"cell_type": "code", "id": "timeline", "metadata": map[string]any{},
			"source": source, "outputs": []any{}, "execution_count": nil,
		}},
	}
	data, err := json.Marshal(nb)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(jupyter.Root, "timeline.ipynb")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	outDir := filepath.Join(jupyter.Root, "html")
	runTool(t, jupyter.Env, python, "-m", "nbconvert",
		"--to", "html", "--execute",
		"--ExecutePreprocessor.timeout=120",
		"--output-dir", outDir, path)

	page, err := os.ReadFile(filepath.Join(outDir, "timeline.html"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`<img src="data:image/png;base64,([A-Za-z0-9+/=\s]+)"`).FindSubmatch(page)
	if m == nil {
		t.Fatalf("the HTML has no PNG image; its outputs:\n%s", regexp.MustCompile(`(?s)<div class="jp-OutputArea.*`).Find(page))
	}
	raw, err := base64.StdEncoding.DecodeString(string(regexp.MustCompile(`\s`).ReplaceAll(m[1], nil)))
	if err != nil {
		t.Fatalf("the image is not base64: %v", err)
	}
	img, err := png.Decode(bytes.NewReader(raw))
	if err != nil {
		t.Fatalf("the image is not a PNG: %v", err)
	}
	if img.Bounds().Dx() != 900 {
		t.Errorf("the timeline PNG is %v, want 900 pixels wide", img.Bounds())
	}
}
