// The layer below, visible in every file of this target and to whoever imports it.
@_exported import FormCheckCore
