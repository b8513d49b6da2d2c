"""Browsing the lists the griffie keeps, for a page rather than a chat reply: filters, sorting, one page, an item.

Platform-neutral like the commands: the same storage queries (filtered, counted and paged in SQL), the same read
rule (`read_scope` for lists and counts, `may_show` through the commands' own loaders for one item), the same
renderers for an item's fields and history. bot/web turns a request into a ListQuery and renders what comes back.
"""
