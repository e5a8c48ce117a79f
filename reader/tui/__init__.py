"""The reading app: a Textual front end over the archive (`reader` with no command)."""
