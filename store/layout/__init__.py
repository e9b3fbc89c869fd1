"""Reading a form's layout: its labels, boundaries, blocks and columns, whatever the template."""
