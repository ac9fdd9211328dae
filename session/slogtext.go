package session

import (
	"bytes"
	"encoding/json"
)

// slogText is the runner's SlogText (cellsrc/slogvalues.go): a cell value
// v with a String or Error method, as log/slog should see it. Its text
// handler prints an error's Error and a Stringer's String; its JSON
// handler writes an error's Error text, and any other value as json
// encodes it.
func slogText(v any, text func() string, isError bool) any {
	if isError {
		return slogError{text}
	}
	return slogStringer{v, text}
}

type slogError struct{ text func() string }

func (e slogError) Error() string { return e.text() }

type slogStringer struct {
	v    any
	text func() string
}

func (s slogStringer) String() string { return s.text() }

// MarshalJSON encodes the plain value as log/slog's JSON handler does,
// without escaping HTML.
func (s slogStringer) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s.v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}
