// FormCheckKit is the whole library in one import: each layer is a target of its own
// (see docs/architecture.md) and re-exports the layers below it, so importing the top
// layer brings them all. Library users, the CLI, the benchmark and the fuzzers import this.
@_exported import FormCheckReporting
