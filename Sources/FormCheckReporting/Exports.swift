// The layers below (Engine re-exports Rules, Links, Document and Core).
@_exported import FormCheckEngine
