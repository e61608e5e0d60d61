"""Linguistic knowledge: the actor dictionary, the gazetteer and the lexicons, loaded from data files."""
