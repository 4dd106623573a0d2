"""Vietnamese language resources, one module per concern, each naming its sources."""
