"""ReportLab output: value objects in, PDF bytes out. No database, no Qt."""
