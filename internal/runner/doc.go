// Package runner executes a notebook headlessly: `gogil run NOTEBOOK.ipynb`.
// It launches a kernel with package client, runs the code cells in order
// through the real Jupyter protocol, shows progress and outputs on a
// terminal as they arrive, records the outputs into the notebook the way
// nbclient does, and writes the executed notebook.
//
// It works with any kernel command line; it knows nothing of what the
// kernel runs (gogil, Go, the GIL) and nothing of ZeroMQ or the wire format
// beyond the typed outputs package client hands it.
package runner
