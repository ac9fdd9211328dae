package runner

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gogil/gogil/internal/client"
	"github.com/gogil/gogil/internal/notebook"
	"github.com/gogil/gogil/internal/testkit"
)

// ipykernelArgv returns ipykernel's command line, or skips the test when
// no python3 with ipykernel is installed (fails instead when
// GOGIL_REQUIRE_JUPYTER=1).
func ipykernelArgv(t *testing.T) []string {
	t.Helper()
	if argv, ok := client.IPyKernelArgv(); ok {
		return argv
	}
	if os.Getenv("GOGIL_REQUIRE_JUPYTER") == "1" {
		t.Fatal("GOGIL_REQUIRE_JUPYTER=1 but no python3 with ipykernel was found")
	}
	t.Skip("no python3 with ipykernel (apt-get install python3-ipykernel)")
	return nil
}

// writeNotebook writes a Python notebook of cells (a "# md" first line
// makes a markdown cell) and returns its path.
func writeNotebook(t *testing.T, cells ...string) string {
	t.Helper()
	nb := notebook.New()
	nb.Metadata.Kernelspec = nil
	nb.Metadata.LanguageInfo = nil
	for _, src := range cells {
		if md, ok := strings.CutPrefix(src, "# md\n"); ok {
			nb.Cells = append(nb.Cells, notebook.NewMarkdownCell(md))
			continue
		}
		nb.Cells = append(nb.Cells, notebook.NewCodeCell(src))
	}
	path := filepath.Join(t.TempDir(), "test.ipynb")
	if err := notebook.Write(path, nb); err != nil {
		t.Fatal(err)
	}
	return path
}

func runNotebook(t *testing.T, opts Options) (*notebook.Notebook, string, error) {
	t.Helper()
	var out bytes.Buffer
	opts.KernelArgv = ipykernelArgv(t)
	opts.Stdout = &out
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	err := Run(ctx, opts)
	t.Logf("terminal:\n%s", out.String())
	outPath := opts.Output
	if outPath == "" {
		outPath = DefaultOutput(opts.Notebook)
	}
	nb, readErr := notebook.Read(outPath)
	if readErr != nil {
		t.Fatalf("reading the executed notebook: %v (run: %v)", readErr, err)
	}
	return nb, out.String(), err
}

func TestRunIPyKernel(t *testing.T) {
	path := writeNotebook(t,
		"# md\n# Title",
		"print('a')\nprint('b')",
		"40 + 2",
		"from IPython.display import display, update_display\ndisplay('first', display_id='d');",
		"update_display('second', display_id='d')",
		"from IPython.display import clear_output\nprint('gone')\nclear_output(wait=True)\nprint('kept')",
		"   ",
		"import sys; print('warn', file=sys.stderr, flush=True); print('out')",
	)
	nb, terminal, err := runNotebook(t, Options{Notebook: path})
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	if nb.Metadata.LanguageInfo == nil || nb.Metadata.LanguageInfo.Name != "python" {
		t.Errorf("language_info = %+v", nb.Metadata.LanguageInfo)
	}
	if nb.Metadata.Kernelspec == nil || nb.Metadata.Kernelspec.Language != "python" {
		t.Errorf("kernelspec = %+v", nb.Metadata.Kernelspec)
	}
	if nb.Cells[0].Type != notebook.Markdown || nb.Cells[0].Source != "# Title" {
		t.Errorf("markdown cell changed: %+v", nb.Cells[0])
	}
	tests := []struct {
		cell  int
		count int // 0: not executed
		want  []string
	}{
		{cell: 1, count: 1, want: []string{"stream stdout a\nb\n"}},
		{cell: 2, count: 2, want: []string{"execute_result 42"}},
		{cell: 3, count: 3, want: []string{"display_data 'second'"}},
		{cell: 4, count: 4, want: nil},
		{cell: 5, count: 5, want: []string{"stream stdout kept\n"}},
		{cell: 6, count: 0, want: nil},
		{cell: 7, count: 6, want: []string{"stream stderr warn\n", "stream stdout out\n"}},
	}
	for _, tt := range tests {
		cell := nb.Cells[tt.cell]
		count := 0
		if cell.ExecutionCount != nil {
			count = *cell.ExecutionCount
		}
		if count != tt.count {
			t.Errorf("cell %d: execution_count %d, want %d", tt.cell, count, tt.count)
		}
		got := describe(cell.Outputs)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("cell %d: outputs %q, want %q", tt.cell, got, tt.want)
		}
	}
	for _, want := range []string{"[cell 1/7] print('a')", "[cell 2/7] 40 + 2", "\n42\n", "wrote "} {
		if !strings.Contains(terminal, want) {
			t.Errorf("terminal output lacks %q", want)
		}
	}
}

// describe summarizes outputs as "type [name] text" for comparisons.
func describe(outputs []notebook.Output) []string {
	var got []string
	for _, o := range outputs {
		switch o.Type {
		case notebook.Stream:
			got = append(got, "stream "+o.Name+" "+o.Text)
		case notebook.Error:
			got = append(got, "error "+o.EName)
		default:
			text, _ := o.Data["text/plain"].(string)
			got = append(got, string(o.Type)+" "+text)
		}
	}
	return got
}

func TestRunStopsAtError(t *testing.T) {
	tests := []struct {
		name        string
		allowErrors bool
		tagged      bool // the failing cell is tagged raises-exception
		wantErr     bool
		lastCount   int
	}{
		{name: "stop", allowErrors: false, wantErr: true, lastCount: 0},
		{name: "allow errors", allowErrors: true, wantErr: false, lastCount: 3},
		{name: "raises-exception tag", tagged: true, wantErr: false, lastCount: 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeNotebook(t, "print(1)", "1/0", "print(3)")
			if tt.tagged {
				nb, err := notebook.Read(path)
				if err != nil {
					t.Fatal(err)
				}
				nb.Cells[1].Metadata = map[string]any{"tags": []any{"raises-exception"}}
				if err := notebook.Write(path, nb); err != nil {
					t.Fatal(err)
				}
			}
			out := filepath.Join(t.TempDir(), "out.ipynb")
			nb, _, err := runNotebook(t, Options{Notebook: path, Output: out, AllowErrors: tt.allowErrors})
			var cellErr *CellError
			if tt.wantErr {
				if !errors.As(err, &cellErr) || cellErr.EName != "ZeroDivisionError" || cellErr.CodeIndex != 2 {
					t.Fatalf("Run: %v, want a ZeroDivisionError in cell 2", err)
				}
			} else if err != nil {
				t.Fatalf("Run: %v", err)
			}
			if got := describe(nb.Cells[1].Outputs); len(got) != 1 || got[0] != "error ZeroDivisionError" {
				t.Errorf("failing cell's outputs: %q", got)
			}
			count := 0
			if c := nb.Cells[2].ExecutionCount; c != nil {
				count = *c
			}
			if count != tt.lastCount {
				t.Errorf("last cell execution_count %d, want %d", count, tt.lastCount)
			}
		})
	}
}

func TestRunTimeoutInterrupts(t *testing.T) {
	path := writeNotebook(t, "import time\nprint('start', flush=True)\ntime.sleep(60)", "print('never')")
	nb, _, err := runNotebook(t, Options{Notebook: path, Timeout: 2 * time.Second})
	if !errors.Is(err, ErrTimeout) {
		t.Fatalf("Run: %v, want ErrTimeout", err)
	}
	got := describe(nb.Cells[0].Outputs)
	if len(got) != 2 || got[0] != "stream stdout start\n" || !strings.HasPrefix(got[1], "error ") {
		t.Errorf("timed-out cell's outputs: %q", got)
	}
	if nb.Cells[1].ExecutionCount != nil {
		t.Errorf("cell after the timeout ran")
	}
}

func TestDefaultOutput(t *testing.T) {
	tests := []struct{ in, want string }{
		{"nb.ipynb", "nb.nbconvert.ipynb"},
		{"dir/a.b.ipynb", "dir/a.b.nbconvert.ipynb"},
		{"noext", "noext.nbconvert.ipynb"},
	}
	for _, tt := range tests {
		if got := DefaultOutput(tt.in); got != tt.want {
			t.Errorf("DefaultOutput(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestRunCancelled(t *testing.T) {
	argv := ipykernelArgv(t)
	path := writeNotebook(t, "print('before')", "import time\ntime.sleep(60)", "print('never')")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	out := &testkit.Buffer{}
	done := make(chan error, 1)
	go func() {
		done <- Run(ctx, Options{Notebook: path, KernelArgv: argv, Stdout: out})
	}()
	// Cancel once the sleeping cell has started, as Ctrl-C would.
	for deadline := time.Now().Add(time.Minute); !strings.Contains(out.String(), "[cell 2/3]"); {
		if time.Now().After(deadline) {
			t.Fatalf("the second cell never started:\n%s", out.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
	time.Sleep(500 * time.Millisecond)
	cancel()
	var err error
	select {
	case err = <-done:
	case <-time.After(time.Minute):
		t.Fatal("Run did not return after its context was cancelled")
	}
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Run: %v, want context.Canceled", err)
	}
	nb, readErr := notebook.Read(DefaultOutput(path))
	if readErr != nil {
		t.Fatalf("the notebook was not written: %v", readErr)
	}
	if got := describe(nb.Cells[0].Outputs); len(got) != 1 || got[0] != "stream stdout before\n" {
		t.Errorf("first cell's outputs: %q", got)
	}
	if nb.Cells[2].ExecutionCount != nil {
		t.Errorf("a cell ran after the cancel")
	}
}
