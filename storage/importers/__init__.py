"""Reading the lists councils keep in Excel and CSV into toezeggingen and moties (all or nothing per file)."""
