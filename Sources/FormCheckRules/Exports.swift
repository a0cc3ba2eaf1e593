// The layers below (Document re-exports Core), visible in every file of this target.
@_exported import FormCheckDocument
