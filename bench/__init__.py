"""The factdesk benchmark: `make bench` measures import, search, start-up and memory beside their limits in one run."""
