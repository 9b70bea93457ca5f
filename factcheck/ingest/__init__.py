"""Reading sources (files, stdin, HTML, URLs) and handing them to extraction and storage."""
