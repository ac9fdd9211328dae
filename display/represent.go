package display

import (
	"fmt"
	"image"
	"strings"
)

// Represent turns a value into the bundle a notebook shows for it.
//
// text/plain follows what a Go programmer reads best: %v, except that
// strings and []string are quoted (%q) so "" and " " stay visible and a
// string is not mistaken for a number. Values that know a richer form get it
// too: image.Image (PNG), Output itself, and types with HTML() string,
// Markdown() string, SVG() string or MIME() map[string]any methods.
func Represent(v any) Output {
	switch x := v.(type) {
	case Output:
		return Output{Data: copyData(x.Data), Metadata: x.Metadata}
	case *Output:
		if x != nil {
			return Output{Data: copyData(x.Data), Metadata: x.Metadata}
		}
	case image.Image:
		return imageOutput(x)
	}
	data := map[string]any{"text/plain": PlainText(v)}
	if x, ok := v.(interface{ HTML() string }); ok {
		data["text/html"] = x.HTML()
	}
	if x, ok := v.(interface{ Markdown() string }); ok {
		data["text/markdown"] = x.Markdown()
	}
	if x, ok := v.(interface{ SVG() string }); ok {
		data["image/svg+xml"] = x.SVG()
	}
	if x, ok := v.(interface{ MIME() map[string]any }); ok {
		for k, m := range x.MIME() {
			data[k] = m
		}
	}
	return Output{Data: data}
}

// PlainText is the text/plain form of v used by Represent.
func PlainText(v any) string {
	switch x := v.(type) {
	case string:
		return fmt.Sprintf("%q", x)
	case []string:
		return fmt.Sprintf("%q", x)
	case error:
		if x == nil {
			return "<nil>"
		}
		return x.Error()
	}
	return fmt.Sprintf("%v", v)
}

// PlainTexts joins the text/plain forms of several results, as shown for a
// call with more than one result.
func PlainTexts(vs []any) string {
	parts := make([]string, len(vs))
	for i, v := range vs {
		parts[i] = PlainText(v)
	}
	return strings.Join(parts, ", ")
}
