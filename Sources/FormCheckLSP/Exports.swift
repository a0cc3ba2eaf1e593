@_exported import FormCheckEngine
