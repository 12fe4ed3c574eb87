"""Outputs: what jixiao prints or writes for people and programs."""
