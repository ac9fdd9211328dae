package runner

import (
	"github.com/gogil/gogil/internal/client"
	"github.com/gogil/gogil/internal/notebook"
)

// recorder turns the outputs a kernel publishes into notebook outputs, with
// nbclient's rules: consecutive writes to one stream merge, clear_output
// (wait) empties the cell at once (or at its next output), and a display
// with a display_id is updated in place, in every cell that shows it, by a
// later update_display_data or display_data with the same id.
type recorder struct {
	displays     map[string][]displayRef // display_id → where it is shown
	clearPending map[*notebook.Cell]bool
}

type displayRef struct {
	cell  *notebook.Cell
	index int // in cell.Outputs
}

func newRecorder() *recorder {
	return &recorder{displays: map[string][]displayRef{}, clearPending: map[*notebook.Cell]bool{}}
}

// record applies one output of cell's execution.
func (r *recorder) record(cell *notebook.Cell, o client.Output) {
	switch {
	case o.Stream != nil:
		r.appendOutput(cell, notebook.NewStream(o.Stream.Name, o.Stream.Text))
	case o.Display != nil:
		displayID := ""
		if o.Display.Transient != nil {
			displayID = o.Display.Transient.DisplayID
		}
		if displayID != "" {
			r.updateDisplays(displayID, o.Display.Data, o.Display.Metadata)
		}
		if o.MsgType == "update_display_data" {
			return // an update is never an output of its own
		}
		index := r.appendOutput(cell, notebook.NewDisplayData(o.Display.Data, o.Display.Metadata))
		if displayID != "" {
			r.displays[displayID] = append(r.displays[displayID], displayRef{cell: cell, index: index})
		}
	case o.Result != nil:
		r.appendOutput(cell, notebook.NewExecuteResult(o.Result.ExecutionCount, o.Result.Data, o.Result.Metadata))
	case o.Error != nil:
		r.appendOutput(cell, notebook.NewError(o.Error.EName, o.Error.EValue, o.Error.Traceback))
	case o.Clear != nil:
		if o.Clear.Wait {
			r.clearPending[cell] = true
			cell.ClearOutputs(true)
			return
		}
		r.forgetDisplays(cell)
		delete(r.clearPending, cell)
		cell.ClearOutputs(false)
	}
}

// appendOutput adds o and returns its index.
func (r *recorder) appendOutput(cell *notebook.Cell, o notebook.Output) int {
	if r.clearPending[cell] {
		// AppendOutput is about to carry out the pending clear: the
		// displays this cell showed go with it.
		r.forgetDisplays(cell)
		delete(r.clearPending, cell)
	}
	cell.AppendOutput(o)
	return len(cell.Outputs) - 1
}

func (r *recorder) updateDisplays(displayID string, data, metadata map[string]any) {
	for _, ref := range r.displays[displayID] {
		if ref.index < len(ref.cell.Outputs) {
			out := &ref.cell.Outputs[ref.index]
			out.Data, out.Metadata = data, metadata
		}
	}
}

// forgetDisplays drops the display ids shown by cell, whose outputs are
// being cleared.
func (r *recorder) forgetDisplays(cell *notebook.Cell) {
	for id, refs := range r.displays {
		kept := refs[:0]
		for _, ref := range refs {
			if ref.cell != cell {
				kept = append(kept, ref)
			}
		}
		if len(kept) == 0 {
			delete(r.displays, id)
		} else {
			r.displays[id] = kept
		}
	}
}

// reset forgets everything about cell before it runs (again).
func (r *recorder) reset(cell *notebook.Cell) {
	r.forgetDisplays(cell)
	delete(r.clearPending, cell)
	cell.ClearOutputs(false)
	cell.ExecutionCount = nil
}
