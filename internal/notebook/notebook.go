package notebook

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/gogil/gogil/internal/kernelspec"
)

// The format written. Version 4.5 is the first with cell ids, which
// nbformat requires from then on.
const (
	FormatMajor = 4
	FormatMinor = 5
)

// Notebook is one .ipynb file.
type Notebook struct {
	Cells       []*Cell
	Metadata    Metadata
	Format      int // nbformat: always 4 once read
	FormatMinor int // nbformat_minor
}

// Metadata is the notebook-level metadata. Keys other than kernelspec and
// language_info are kept untouched in Other so a round trip loses nothing
// that front ends or extensions stored.
type Metadata struct {
	Kernelspec   *Kernelspec
	LanguageInfo *LanguageInfo
	Other        map[string]any
}

// Kernelspec says which kernel runs the notebook.
type Kernelspec struct {
	DisplayName string `json:"display_name"`
	Language    string `json:"language,omitempty"`
	Name        string `json:"name"`
}

// LanguageInfo mirrors kernel_info_reply's language_info. Fields are in
// key order so they are written sorted, as nbformat does.
type LanguageInfo struct {
	CodemirrorMode    any    `json:"codemirror_mode,omitempty"` // a name or an object
	FileExtension     string `json:"file_extension,omitempty"`
	MIMEType          string `json:"mimetype,omitempty"`
	Name              string `json:"name"`
	NBConvertExporter string `json:"nbconvert_exporter,omitempty"`
	PygmentsLexer     string `json:"pygments_lexer,omitempty"`
	Version           string `json:"version,omitempty"`
}

// GogilKernelspec is the kernelspec block of notebooks meant for gogil.
func GogilKernelspec() *Kernelspec {
	return &Kernelspec{
		DisplayName: kernelspec.DisplayName,
		Language:    kernelspec.Language,
		Name:        kernelspec.Name,
	}
}

// GoLanguageInfo is the language_info written before a kernel has told
// its own (the runner replaces it with the kernel_info_reply's).
func GoLanguageInfo() *LanguageInfo {
	return &LanguageInfo{
		CodemirrorMode: "go",
		FileExtension:  ".go",
		MIMEType:       "text/x-go",
		Name:           kernelspec.Language,
		PygmentsLexer:  "go",
	}
}

// New returns an empty 4.5 notebook for the gogil kernel.
func New() *Notebook {
	return &Notebook{
		Metadata:    Metadata{Kernelspec: GogilKernelspec(), LanguageInfo: GoLanguageInfo()},
		Format:      FormatMajor,
		FormatMinor: FormatMinor,
	}
}

// CellType is a cell's cell_type.
type CellType string

// The cell types of nbformat 4.
const (
	Code     CellType = "code"
	Markdown CellType = "markdown"
	Raw      CellType = "raw"
)

// Cell is one cell. ExecutionCount and Outputs belong to code cells,
// Attachments to markdown and raw cells; each is written only where the
// schema allows it.
type Cell struct {
	ID             string
	Type           CellType
	Source         string
	Metadata       map[string]any
	Attachments    map[string]MIMEBundle
	ExecutionCount *int // nil is written as null: never run
	Outputs        []Output

	// clearPending records clear_output(wait=True): the outputs go when
	// the next one arrives, so a progress display does not flicker.
	clearPending bool
}

// NewCodeCell returns a code cell with a fresh id.
func NewCodeCell(source string) *Cell { return &Cell{ID: NewID(), Type: Code, Source: source} }

// NewMarkdownCell returns a markdown cell with a fresh id.
func NewMarkdownCell(source string) *Cell { return &Cell{ID: NewID(), Type: Markdown, Source: source} }

// NewRawCell returns a raw cell with a fresh id.
func NewRawCell(source string) *Cell { return &Cell{ID: NewID(), Type: Raw, Source: source} }

// NewID returns a random cell id matching nbformat's ^[a-zA-Z0-9-_]+$.
func NewID() string {
	var b [8]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(fmt.Sprintf("notebook: crypto/rand failed: %v", err)) // documented never to fail
	}
	return hex.EncodeToString(b[:])
}

// Normalize makes nb writable as nbformat 4.5: it sets the version and
// gives every cell a valid id that no earlier cell has. Write and Marshal
// call it, so they may change nb's ids.
func (nb *Notebook) Normalize() {
	nb.Format = FormatMajor
	if nb.FormatMinor < FormatMinor {
		nb.FormatMinor = FormatMinor
	}
	seen := make(map[string]bool, len(nb.Cells))
	for _, cell := range nb.Cells {
		if cell == nil {
			continue
		}
		if !validID(cell.ID) || seen[cell.ID] {
			cell.ID = NewID()
		}
		seen[cell.ID] = true
	}
}

func validID(id string) bool {
	if len(id) == 0 || len(id) > 64 {
		return false
	}
	for _, r := range id {
		ok := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_'
		if !ok {
			return false
		}
	}
	return true
}

// Read parses the notebook in path.
func Read(path string) (*Notebook, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("notebook: %w", err)
	}
	nb, err := Parse(data)
	if err != nil {
		return nil, fmt.Errorf("notebook: %s: %w", path, err)
	}
	return nb, nil
}

// ErrFormat is wrapped by errors about notebooks this package cannot read.
var ErrFormat = errors.New("not an nbformat 4 notebook")

// Parse parses a notebook. Only nbformat 4 is accepted (any minor
// version); cells of minor versions before 5 keep their missing ids until
// Normalize.
func Parse(data []byte) (*Notebook, error) {
	var wire struct {
		Cells         []*Cell  `json:"cells"`
		Metadata      Metadata `json:"metadata"`
		NBFormat      *int     `json:"nbformat"`
		NBFormatMinor int      `json:"nbformat_minor"`
	}
	if err := decode(data, &wire); err != nil {
		return nil, err
	}
	if wire.NBFormat == nil {
		return nil, fmt.Errorf("%w: no nbformat field", ErrFormat)
	}
	if *wire.NBFormat != FormatMajor {
		return nil, fmt.Errorf("%w: nbformat is %d", ErrFormat, *wire.NBFormat)
	}
	for i, cell := range wire.Cells {
		if cell == nil {
			return nil, fmt.Errorf("%w: cell %d is null", ErrFormat, i)
		}
	}
	if len(wire.Cells) == 0 {
		wire.Cells = nil
	}
	return &Notebook{
		Cells:       wire.Cells,
		Metadata:    wire.Metadata,
		Format:      *wire.NBFormat,
		FormatMinor: wire.NBFormatMinor,
	}, nil
}

// Marshal renders nb as nbformat writes it, after Normalize.
func Marshal(nb *Notebook) ([]byte, error) {
	nb.Normalize()
	cells := nb.Cells
	if cells == nil {
		cells = []*Cell{}
	}
	for i, cell := range cells {
		if cell == nil {
			return nil, fmt.Errorf("notebook: cell %d is nil", i)
		}
	}
	return encode(map[string]any{
		"cells":          cells,
		"metadata":       nb.Metadata,
		"nbformat":       nb.Format,
		"nbformat_minor": nb.FormatMinor,
	}, " ")
}

// Write saves nb to path (after Normalize), replacing the file only once
// the new content is fully written, so an interrupted run never leaves a
// truncated notebook.
func Write(path string, nb *Notebook) error {
	data, err := Marshal(nb)
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("notebook: writing %s: %w", path, err)
	}
	_, err = tmp.Write(data)
	if closeErr := tmp.Close(); err == nil {
		err = closeErr
	}
	if err == nil {
		err = os.Chmod(tmp.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("notebook: writing %s: %w", path, err)
	}
	return nil
}

// encode marshals without Go's HTML escaping (nbformat writes '<' as is)
// and with the given indent ("" for compact, as nested values are).
func encode(v any, indent string) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if indent != "" {
		enc.SetIndent("", indent)
	}
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	out := buf.Bytes()
	if indent == "" {
		out = bytes.TrimSuffix(out, []byte("\n"))
	}
	return out, nil
}

// decode unmarshals keeping numbers as json.Number, so metadata numbers
// are written back exactly as read.
func decode(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if dec.More() {
		return errors.New("trailing data after the notebook")
	}
	return nil
}

// splitLines splits like Python's str.splitlines(keepends=True) on "\n",
// which is how nbformat stores multi-line strings.
func splitLines(s string) []string {
	lines := []string{}
	for s != "" {
		i := strings.IndexByte(s, '\n')
		if i < 0 {
			lines = append(lines, s)
			break
		}
		lines = append(lines, s[:i+1])
		s = s[i+1:]
	}
	return lines
}

// multiline is a string stored either whole or as a list of lines.
type multiline string

func (m *multiline) UnmarshalJSON(data []byte) error {
	var whole string
	if err := json.Unmarshal(data, &whole); err == nil {
		*m = multiline(whole)
		return nil
	}
	var lines []string
	if err := json.Unmarshal(data, &lines); err != nil {
		return fmt.Errorf("%w: want a string or a list of strings, got %.40s", ErrFormat, data)
	}
	*m = multiline(strings.Join(lines, ""))
	return nil
}

func (m multiline) MarshalJSON() ([]byte, error) {
	return encode(splitLines(string(m)), "")
}

func (md Metadata) MarshalJSON() ([]byte, error) {
	fields := make(map[string]any, len(md.Other)+2)
	for key, value := range md.Other {
		fields[key] = value
	}
	if md.Kernelspec != nil {
		fields["kernelspec"] = md.Kernelspec
	}
	if md.LanguageInfo != nil {
		fields["language_info"] = md.LanguageInfo
	}
	return encode(fields, "")
}

func (md *Metadata) UnmarshalJSON(data []byte) error {
	var fields map[string]json.RawMessage
	if err := decode(data, &fields); err != nil {
		return err
	}
	*md = Metadata{}
	for key, raw := range fields {
		var err error
		switch key {
		case "kernelspec":
			err = decode(raw, &md.Kernelspec)
		case "language_info":
			err = decode(raw, &md.LanguageInfo)
		default:
			var value any
			err = decode(raw, &value)
			if md.Other == nil {
				md.Other = make(map[string]any)
			}
			md.Other[key] = value
		}
		if err != nil {
			return fmt.Errorf("metadata %s: %w", key, err)
		}
	}
	return nil
}

// nilIfEmpty gives an empty collection one representation in memory, so
// that a notebook read back equals the one written.
func nilIfEmpty(m map[string]any) map[string]any {
	if len(m) == 0 {
		return nil
	}
	return m
}

func orEmpty(m map[string]any) map[string]any {
	if m == nil {
		return map[string]any{}
	}
	return m
}

func (c *Cell) MarshalJSON() ([]byte, error) {
	fields := map[string]any{
		"cell_type": c.Type,
		"id":        c.ID,
		"metadata":  orEmpty(c.Metadata),
		"source":    multiline(c.Source),
	}
	switch c.Type {
	case Code:
		fields["execution_count"] = c.ExecutionCount
		outputs := c.Outputs
		if outputs == nil {
			outputs = []Output{}
		}
		fields["outputs"] = outputs
	case Markdown, Raw:
		if c.Attachments != nil {
			fields["attachments"] = c.Attachments
		}
	default:
		return nil, fmt.Errorf("notebook: cell %s has unknown type %q", c.ID, c.Type)
	}
	return encode(fields, "")
}

func (c *Cell) UnmarshalJSON(data []byte) error {
	var wire struct {
		ID             string                `json:"id"`
		CellType       CellType              `json:"cell_type"`
		Source         multiline             `json:"source"`
		Metadata       map[string]any        `json:"metadata"`
		Attachments    map[string]MIMEBundle `json:"attachments"`
		ExecutionCount *int                  `json:"execution_count"`
		Outputs        []Output              `json:"outputs"`
	}
	if err := decode(data, &wire); err != nil {
		return err
	}
	switch wire.CellType {
	case Code, Markdown, Raw:
	default:
		return fmt.Errorf("%w: unknown cell_type %q", ErrFormat, wire.CellType)
	}
	*c = Cell{
		ID:             wire.ID,
		Type:           wire.CellType,
		Source:         string(wire.Source),
		Metadata:       wire.Metadata,
		Attachments:    wire.Attachments,
		ExecutionCount: wire.ExecutionCount,
		Outputs:        wire.Outputs,
	}
	if c.Type != Code {
		c.ExecutionCount, c.Outputs = nil, nil
	} else {
		c.Attachments = nil
	}
	c.Metadata = nilIfEmpty(c.Metadata)
	if len(c.Outputs) == 0 {
		c.Outputs = nil
	}
	return nil
}
