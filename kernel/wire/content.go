package wire

import "encoding/json"

// Typed message contents, one struct per msg_type the kernel and its client
// exchange. Field names follow the messaging spec 5.4; see
// https://jupyter-client.readthedocs.io/en/stable/messaging.html

// KernelInfoReply answers kernel_info_request (spec: "Kernel info").
type KernelInfoReply struct {
	Status                string       `json:"status"`
	ProtocolVersion       string       `json:"protocol_version"`
	Implementation        string       `json:"implementation"`
	ImplementationVersion string       `json:"implementation_version"`
	LanguageInfo          LanguageInfo `json:"language_info"`
	Banner                string       `json:"banner"`
	Debugger              bool         `json:"debugger"`
	HelpLinks             []HelpLink   `json:"help_links"`
}

// LanguageInfo is kernel_info_reply's language_info.
type LanguageInfo struct {
	Name              string `json:"name"`
	Version           string `json:"version"`
	MIMEType          string `json:"mimetype"`
	FileExtension     string `json:"file_extension"`
	PygmentsLexer     string `json:"pygments_lexer"`
	CodeMirrorMode    string `json:"codemirror_mode"`
	NBConvertExporter string `json:"nbconvert_exporter"`
}

// HelpLink is one of kernel_info_reply's help_links.
type HelpLink struct {
	Text string `json:"text"`
	URL  string `json:"url"`
}

// ExecuteRequest (spec: "Execute").
type ExecuteRequest struct {
	Code            string         `json:"code"`
	Silent          bool           `json:"silent"`
	StoreHistory    *bool          `json:"store_history,omitempty"` // default: !silent
	UserExpressions map[string]any `json:"user_expressions,omitempty"`
	AllowStdin      *bool          `json:"allow_stdin,omitempty"`   // default true
	StopOnError     *bool          `json:"stop_on_error,omitempty"` // default true
}

// ExecuteReply answers ExecuteRequest; the error fields are set when Status is "error".
type ExecuteReply struct {
	Status          string         `json:"status"` // "ok", "error" or "aborted"
	ExecutionCount  int            `json:"execution_count"`
	UserExpressions map[string]any `json:"user_expressions"`
	Payload         []any          `json:"payload"`
	ErrorContent
}

// MarshalJSON writes what the spec requires of each status: user_expressions
// and payload always (empty, not absent), ename, evalue and traceback
// exactly when the status is "error" (nbformat reads them unconditionally).
func (r ExecuteReply) MarshalJSON() ([]byte, error) {
	type base struct {
		Status          string         `json:"status"`
		ExecutionCount  int            `json:"execution_count"`
		UserExpressions map[string]any `json:"user_expressions"`
		Payload         []any          `json:"payload"`
	}
	b := base{r.Status, r.ExecutionCount, r.UserExpressions, r.Payload}
	if b.UserExpressions == nil {
		b.UserExpressions = map[string]any{}
	}
	if b.Payload == nil {
		b.Payload = []any{}
	}
	if r.Status != "error" {
		return json.Marshal(b)
	}
	traceback := r.Traceback
	if traceback == nil {
		traceback = []string{}
	}
	return json.Marshal(struct {
		base
		EName     string   `json:"ename"`
		EValue    string   `json:"evalue"`
		Traceback []string `json:"traceback"`
	}{b, r.EName, r.EValue, traceback})
}

// ErrorContent is the error part of replies and of the iopub error message.
// All three fields are always written, empty or not; the kernel never leaves
// Traceback nil (it would be written as null).
type ErrorContent struct {
	EName     string   `json:"ename"`
	EValue    string   `json:"evalue"`
	Traceback []string `json:"traceback"`
}

// ExecuteInput is published on iopub before a cell runs.
type ExecuteInput struct {
	Code           string `json:"code"`
	ExecutionCount int    `json:"execution_count"`
}

// ExecuteResult is a cell's trailing value on iopub.
type ExecuteResult struct {
	ExecutionCount int            `json:"execution_count"`
	Data           map[string]any `json:"data"`
	Metadata       map[string]any `json:"metadata"`
}

// DisplayData is display_data and update_display_data.
type DisplayData struct {
	Data      map[string]any `json:"data"`
	Metadata  map[string]any `json:"metadata"`
	Transient *Transient     `json:"transient,omitempty"`
}

// Transient carries the display id of a display_data.
type Transient struct {
	DisplayID string `json:"display_id,omitempty"`
}

// Stream is stdout/stderr text on iopub.
type Stream struct {
	Name string `json:"name"`
	Text string `json:"text"`
}

// ClearOutput asks frontends to clear a cell's output.
type ClearOutput struct {
	Wait bool `json:"wait"`
}

// Status is the iopub kernel status: "busy", "idle" or "starting".
type Status struct {
	ExecutionState string `json:"execution_state"`
}

// CompleteRequest (spec: "Completion"); CursorPos counts unicode code points.
type CompleteRequest struct {
	Code      string `json:"code"`
	CursorPos int    `json:"cursor_pos"`
}

// CompleteReply answers CompleteRequest.
type CompleteReply struct {
	Status      string         `json:"status"`
	Matches     []string       `json:"matches"`
	CursorStart int            `json:"cursor_start"`
	CursorEnd   int            `json:"cursor_end"`
	Metadata    map[string]any `json:"metadata"`
}

// InspectRequest (spec: "Introspection").
type InspectRequest struct {
	Code        string `json:"code"`
	CursorPos   int    `json:"cursor_pos"`
	DetailLevel int    `json:"detail_level"`
}

// InspectReply answers InspectRequest.
type InspectReply struct {
	Status   string         `json:"status"`
	Found    bool           `json:"found"`
	Data     map[string]any `json:"data"`
	Metadata map[string]any `json:"metadata"`
}

// IsCompleteRequest (spec: "Code completeness").
type IsCompleteRequest struct {
	Code string `json:"code"`
}

// IsCompleteReply answers IsCompleteRequest; Indent only with "incomplete".
type IsCompleteReply struct {
	Status string `json:"status"`
	Indent string `json:"indent,omitempty"`
}

// HistoryRequest (spec: "History").
type HistoryRequest struct {
	Output         bool   `json:"output"`
	Raw            bool   `json:"raw"`
	HistAccessType string `json:"hist_access_type"` // "range", "tail" or "search"
	Session        int    `json:"session"`
	Start          int    `json:"start"`
	Stop           int    `json:"stop"`
	N              int    `json:"n"`
	Pattern        string `json:"pattern"`
	Unique         bool   `json:"unique"`
}

// HistoryReply answers HistoryRequest. Each entry is (session, line, input)
// or, with output, (session, line, [input, output]).
type HistoryReply struct {
	Status  string  `json:"status"`
	History [][]any `json:"history"`
}

// InputRequest is sent on stdin when a cell reads its standard input.
type InputRequest struct {
	Prompt   string `json:"prompt"`
	Password bool   `json:"password"`
}

// InputReply is the frontend's answer to InputRequest.
type InputReply struct {
	Value string `json:"value"`
}

// CommInfoRequest lists open comms, optionally for one target.
type CommInfoRequest struct {
	TargetName string `json:"target_name,omitempty"`
}

// CommInfoReply answers CommInfoRequest.
type CommInfoReply struct {
	Status string                    `json:"status"`
	Comms  map[string]map[string]any `json:"comms"`
}

// CommOpen opens a comm (and, from the kernel, CommClose closes it).
type CommOpen struct {
	CommID     string         `json:"comm_id"`
	TargetName string         `json:"target_name"`
	Data       map[string]any `json:"data"`
}

// CommClose closes a comm.
type CommClose struct {
	CommID string         `json:"comm_id"`
	Data   map[string]any `json:"data"`
}

// ShutdownRequest and its reply share one shape.
type ShutdownRequest struct {
	Restart bool `json:"restart"`
}

// ShutdownReply answers ShutdownRequest.
type ShutdownReply struct {
	Status  string `json:"status"`
	Restart bool   `json:"restart"`
}

// InterruptReply answers interrupt_request (which has empty content).
type InterruptReply struct {
	Status string `json:"status"`
}

// ErrorReply is the reply to a request the kernel could not serve.
type ErrorReply struct {
	Status string `json:"status"` // "error"
	ErrorContent
}
