@_exported import FormCheckReporting
