"""Push and pull (DESIGN.md §5): applying ops, merging state, delivering what a device may see."""
