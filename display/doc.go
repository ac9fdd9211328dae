// Package display is what notebook cells call to show rich output:
// display.HTML, display.Markdown, display.Image, display.ClearOutput and
// handles whose output can be replaced later.
//
// Cells do not reach package-level functions here. The session builds an
// Env bound to "the sink of the cell running now" and hands the interpreter
// the symbol table from Env.Exports, so every cell-visible function is a
// method value of that Env: no package globals, several sessions can live in
// one process. Native Go code (workloads, tests) uses the same Env type.
//
// This package turns values into MIME bundles (cellio.Output, the one type
// every room uses for them) and publishes them through a Publisher, which
// any cellio.Cell is. It must not know about ZeroMQ, the Jupyter wire
// format, the kernel or the session.
package display
