"""Broken and hostile inputs, made at test time (nothing binary is committed).

`corpus.py` writes each case into a folder and says what a correct outcome is: the file read
with the figures it holds, or refused with a reason containing given words. `run.py` runs the
`jixiao` command on them in a subprocess with a memory cap and a wall-clock bound.
"""
