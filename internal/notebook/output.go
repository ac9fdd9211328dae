package notebook

import (
	"encoding/json"
	"fmt"
	"strings"
)

// OutputType is an output's output_type.
type OutputType string

// The output types a notebook stores (clear_output and update_display_data
// are messages that change outputs, never outputs themselves).
const (
	Stream        OutputType = "stream"
	DisplayData   OutputType = "display_data"
	ExecuteResult OutputType = "execute_result"
	Error         OutputType = "error"
)

// Output is one output of a code cell; which fields count depends on Type.
type Output struct {
	Type OutputType

	Name string // stream: "stdout" or "stderr"
	Text string // stream

	Data           MIMEBundle     // display_data, execute_result
	Metadata       map[string]any // display_data, execute_result
	ExecutionCount *int           // execute_result

	EName     string   // error: the error's type
	EValue    string   // error: its message
	Traceback []string // error: lines, may hold ANSI colours
}

// NewStream returns a stream output; name is "stdout" or "stderr".
func NewStream(name, text string) Output { return Output{Type: Stream, Name: name, Text: text} }

// NewDisplayData returns a display_data output.
func NewDisplayData(data MIMEBundle, metadata map[string]any) Output {
	return Output{Type: DisplayData, Data: data, Metadata: metadata}
}

// NewExecuteResult returns an execute_result output.
func NewExecuteResult(executionCount int, data MIMEBundle, metadata map[string]any) Output {
	return Output{Type: ExecuteResult, ExecutionCount: &executionCount, Data: data, Metadata: metadata}
}

// NewError returns an error output.
func NewError(ename, evalue string, traceback []string) Output {
	return Output{Type: Error, EName: ename, EValue: evalue, Traceback: traceback}
}

// AppendOutput adds o to a code cell the way nbclient records outputs: a
// stream output directly after one of the same stream extends it, so a
// cell printing in many writes stores one block of text; and a pending
// ClearOutputs(true) takes effect first.
func (c *Cell) AppendOutput(o Output) {
	if c.clearPending {
		c.Outputs = nil
		c.clearPending = false
	}
	if o.Type == Stream && len(c.Outputs) > 0 {
		last := &c.Outputs[len(c.Outputs)-1]
		if last.Type == Stream && last.Name == o.Name {
			last.Text += o.Text
			return
		}
	}
	c.Outputs = append(c.Outputs, o)
}

// ClearOutputs handles clear_output: at once, or with wait at the next
// AppendOutput.
func (c *Cell) ClearOutputs(wait bool) {
	if wait {
		c.clearPending = true
		return
	}
	c.Outputs = nil
	c.clearPending = false
}

// MIMEBundle maps MIME types to content: a string for text and base64
// types, a decoded JSON value for JSON types (application/json and
// application/*+json).
type MIMEBundle map[string]any

// IsJSONMIME reports whether mime's content is a JSON value rather than a
// string, as nbformat decides it.
func IsJSONMIME(mime string) bool {
	return mime == "application/json" ||
		strings.HasPrefix(mime, "application/") && strings.HasSuffix(mime, "+json")
}

// splitMIME says whether nbformat stores mime's string content as a list
// of lines.
func splitMIME(mime string) bool {
	return strings.HasPrefix(mime, "text/") || mime == "application/javascript" || mime == "image/svg+xml"
}

func (b MIMEBundle) MarshalJSON() ([]byte, error) {
	fields := make(map[string]any, len(b))
	for mime, value := range b {
		if s, ok := value.(string); ok && splitMIME(mime) {
			fields[mime] = multiline(s)
			continue
		}
		fields[mime] = value
	}
	return encode(fields, "")
}

func (b *MIMEBundle) UnmarshalJSON(data []byte) error {
	var fields map[string]json.RawMessage
	if err := decode(data, &fields); err != nil {
		return err
	}
	*b = make(MIMEBundle, len(fields))
	for mime, raw := range fields {
		if !IsJSONMIME(mime) {
			var text multiline
			if err := text.UnmarshalJSON(raw); err == nil {
				(*b)[mime] = string(text)
				continue
			}
		}
		var value any
		if err := decode(raw, &value); err != nil {
			return fmt.Errorf("%s: %w", mime, err)
		}
		(*b)[mime] = value
	}
	return nil
}

func (o Output) MarshalJSON() ([]byte, error) {
	fields := map[string]any{"output_type": o.Type}
	switch o.Type {
	case Stream:
		fields["name"] = o.Name
		fields["text"] = multiline(o.Text)
	case DisplayData, ExecuteResult:
		data := o.Data
		if data == nil {
			data = MIMEBundle{}
		}
		fields["data"] = data
		fields["metadata"] = orEmpty(o.Metadata)
		if o.Type == ExecuteResult {
			fields["execution_count"] = o.ExecutionCount
		}
	case Error:
		traceback := o.Traceback
		if traceback == nil {
			traceback = []string{}
		}
		fields["ename"] = o.EName
		fields["evalue"] = o.EValue
		fields["traceback"] = traceback
	default:
		return nil, fmt.Errorf("notebook: unknown output_type %q", o.Type)
	}
	return encode(fields, "")
}

func (o *Output) UnmarshalJSON(data []byte) error {
	var wire struct {
		OutputType     OutputType     `json:"output_type"`
		Name           string         `json:"name"`
		Text           multiline      `json:"text"`
		Data           MIMEBundle     `json:"data"`
		Metadata       map[string]any `json:"metadata"`
		ExecutionCount *int           `json:"execution_count"`
		EName          string         `json:"ename"`
		EValue         string         `json:"evalue"`
		Traceback      []string       `json:"traceback"`
	}
	if err := decode(data, &wire); err != nil {
		return err
	}
	*o = Output{Type: wire.OutputType}
	switch wire.OutputType {
	case Stream:
		o.Name, o.Text = wire.Name, string(wire.Text)
	case DisplayData, ExecuteResult:
		o.Data, o.Metadata = wire.Data, nilIfEmpty(wire.Metadata)
		if len(o.Data) == 0 {
			o.Data = nil
		}
		if wire.OutputType == ExecuteResult {
			o.ExecutionCount = wire.ExecutionCount
		}
	case Error:
		o.EName, o.EValue, o.Traceback = wire.EName, wire.EValue, wire.Traceback
	default:
		return fmt.Errorf("%w: unknown output_type %q", ErrFormat, wire.OutputType)
	}
	return nil
}
