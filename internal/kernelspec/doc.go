// Package kernelspec installs and removes the Jupyter kernelspec that lets
// Jupyter front ends start gogil: a kernels/gogil folder holding kernel.json
// and the logos, placed where jupyter_client looks for it (the user data
// dir, a Python environment's prefix, or an explicit prefix).
//
// It knows the Jupyter file layout and nothing of the messaging protocol,
// the interpreter or the command line: main.go maps flags to Options.
package kernelspec
