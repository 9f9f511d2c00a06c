"""Evaluation of the pipeline stages on labelled JSON Lines files (`rasd eval ...`)."""
