"""Training of rasid's learned models from the shared data sets."""
