// Package kernelspec installs and removes the Jupyter kernelspec that lets
// Jupyter front ends start gogil: a kernels/gogil folder holding kernel.json
// and the logos, placed where jupyter_client looks for it (the user data
// dir, a Python environment's prefix, or an explicit prefix). It also reads
// the flags `gogil install` and `gogil uninstall` share (ParseArgs: --user,
// --sys-prefix, --prefix DIR, as `python -m ipykernel install` spells
// them), so that both commands and their tests agree on one parser; and it
// is the one place that names the kernel (Name, DisplayName, Language),
// which the notebooks gogil writes repeat.
//
// It knows the Jupyter file layout and nothing of the messaging protocol or
// the interpreter.
package kernelspec
