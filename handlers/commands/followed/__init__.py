"""What the command groups of followed kinds (toezeggingen, moties) share: one place per piece of logic."""
