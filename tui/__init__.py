"""The factdesk command line and Textual app: calls extract/ and store/ through their public functions."""
