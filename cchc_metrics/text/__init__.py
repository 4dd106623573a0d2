"""Text stages: repair with an offset map, and splitting into articles and sentences."""
