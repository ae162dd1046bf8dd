"""The BPU pre-registration feature: flow, steps, validators, regions data and personal-data rights
(/datasaya, /hapusdata, /ekspor).

May import the lower levels only.
"""
