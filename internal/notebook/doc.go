// Package notebook reads and writes Jupyter notebooks (nbformat 4, written
// as 4.5 with cell ids) for `gogil run`: typed cells and outputs, sources
// accepted as a string or a list of lines, and files laid out the way
// nbformat itself writes them (one-space indent, sorted keys, multi-line
// strings split into lists of lines), so that a notebook gogil rewrites
// diffs cleanly against one Jupyter saved.
//
// It knows the file format, and what a new notebook for gogil carries in
// its metadata: the kernelspec block, named as package kernelspec installs
// the kernel, and Go's language_info. It knows nothing of kernels'
// messages, ZeroMQ or the interpreter.
package notebook
