"""Scoring rasad's output against gold annotations."""
