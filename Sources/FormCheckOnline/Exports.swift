// The online half of the link check, and the only target that opens network connections.
// It sits beside FormCheckLinks and is linked by the command line alone: the engine, the
// report and the editor and assistant servers cannot fetch a URL, by construction.
@_exported import FormCheckLinks
